import type { MemberCard } from '@/contracts/member'
import { formatPoints } from '@/domain/points/format-points'

export type HomeSummaryView =
  | { kind: 'loading' }
  | { kind: 'visitor' }
  | {
      kind: 'member'
      tierName: string
      face: { background: string; color: string }
      nickname: string
      stats: { label: string; value: string; target: 'points' | 'wallet' }[]
      signin: { done: boolean; label: string }
    }

/**
 * What the home page's member summary shows (issue 16 item 6): a visitor a join entry; a
 * member the tier, points, usable coupons and today's sign-in. Unknown (first load) draws
 * a placeholder of the same height, so the page does not jump.
 */
export function homeSummary(status: 'unknown' | 'member' | 'guest', card: MemberCard | null): HomeSummaryView {
  if (status === 'guest') return { kind: 'visitor' }
  if (!card) return { kind: 'loading' }
  const { from, to, text } = card.tier.colors
  return {
    kind: 'member',
    tierName: card.tier.name,
    face: { background: `linear-gradient(135deg, ${from}, ${to})`, color: text },
    nickname: card.nickname || '鲜果会员',
    stats: [
      { label: '积分', value: formatPoints(card.points), target: 'points' },
      { label: '可用券', value: String(card.couponsUsable), target: 'wallet' },
    ],
    signin: card.signedToday ? { done: true, label: '今日已签到' } : { done: false, label: '今日未签到 · 去签到' },
  }
}
