import type { FlashItemState } from './types'

/** Upcoming before the start, ended from the end on, sold out while live with nothing left. */
export function flashItemState(window: { startAt: Date; endAt: Date }, remaining: number, now: Date): FlashItemState {
  const t = now.getTime()
  if (t < window.startAt.getTime()) return 'upcoming'
  if (t >= window.endAt.getTime()) return 'ended'
  return remaining > 0 ? 'live' : 'sold_out'
}

export const FLASH_STATE_LABELS: Record<FlashItemState, string> = { upcoming: '即将开抢', live: '抢购中', ended: '已结束', sold_out: '已抢光' }

/** 「已抢 87%」: the share taken, floored, so 100% shows only when nothing is left. */
export function soldPercent(stock: number, remaining: number): number {
  if (stock <= 0) return 100
  const sold = Math.min(stock, Math.max(0, stock - remaining))
  return Math.floor((sold * 100) / stock)
}
