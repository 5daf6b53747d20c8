/**
 * Flash sales (秒杀): daily sessions at fixed Asia/Shanghai times; each item of a session
 * has a flash price, a stock split into shards, a per-member limit and maybe a tier list.
 */
import type { TierCode } from '../member'

/** A daily time slot the merchant configures, e.g. { start: '10:00', minutes: 120 }. */
export type FlashSlot = { start: string; minutes: number }

/** A session: one slot of one business day. Its id is 'YYYY-MM-DD@HH:mm'. */
export type FlashSession = { sessionId: string; day: string; slot: FlashSlot; startAt: Date; endAt: Date }

export type FlashItemState = 'upcoming' | 'live' | 'ended' | 'sold_out'

/** The rules of one item that the reserve decision needs. */
export type FlashItemRules = {
  startAt: Date
  endAt: Date
  /** Per-member limit (units, over every reservation of this item that is not cancelled). */
  limit: number
  /** Tiers that may buy; null or empty: every member. */
  tiers: readonly TierCode[] | null
}
