import type { MemberCard } from '@/contracts/member'

/**
 * How far the member is from the current tier's threshold to the next one, 0–100, from
 * what the card says (the server computed `next.remaining`). Full at the top tier.
 */
export function growthPercent(card: Pick<MemberCard, 'tier' | 'next'>): number {
  if (!card.next) return 100
  const span = card.next.threshold - card.tier.threshold
  if (span <= 0) return 0
  const done = span - card.next.remaining
  return Math.max(0, Math.min(100, Math.floor((done / span) * 100)))
}
