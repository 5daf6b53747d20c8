import type { SigninStatus } from '@/contracts/signin'

export type CycleCellState = 'done' | 'next' | 'ahead'

/** Each day of the reward cycle: done this round, the next one to earn, or still ahead. */
export function cycleCells(status: Pick<SigninStatus, 'cycle' | 'signedToday'>) {
  const { days, next } = status.cycle
  return days.map((d) => ({
    ...d,
    state: (d.day < next ? 'done' : d.day === next ? 'next' : 'ahead') as CycleCellState,
    label: d.day === next ? (status.signedToday ? '明天' : '今天') : `第${d.day}天`,
  }))
}

/** '5 元无门槛券' reads better after 送 with a space when it starts with a digit. */
export const giftName = (title: string) => (/^[0-9A-Za-z]/.test(title) ? ` ${title}` : title)
