import type { BusinessDay } from '../time'

/** What a campaign is evaluated on: a member joining, signing in, paying an order, or the daily timer. */
export type CampaignEvent = 'join' | 'signin' | 'order-paid' | 'daily'

/**
 * When a campaign applies, on the Asia/Shanghai calendar:
 * - `weekly`: on these ISO weekdays (1 = Monday), e.g. every Tuesday is member day;
 * - `birthday`: on the member's birthday (29 February on the 28th in other years);
 * - `birthday-month`: in the month of the member's birthday;
 * - `new-member`: when a member joins for the first time;
 * - `community`: when a member arrives through a usable community-channel scene;
 * - `dates`: business days from..to inclusive, e.g. 11.11;
 * - `daily`: every day (inside the campaign's window).
 */
export type CalendarRule =
  | { kind: 'weekly'; weekdays: readonly number[] }
  | { kind: 'birthday' }
  | { kind: 'birthday-month' }
  | { kind: 'new-member' }
  | { kind: 'community' }
  | { kind: 'dates'; from: BusinessDay; to: BusinessDay }
  | { kind: 'daily' }

/** What a campaign gives. Points multipliers do not stack: the largest applicable wins. */
export interface CampaignReward {
  couponTemplateIds?: readonly string[]
  points?: number
  pointsMultiplier?: number
  /** The multiplier counts on the first paid order of the period only (「当月首单 3 倍积分（一次）」). */
  firstOrderOnly?: boolean
}

export interface Campaign {
  id: string
  name: string
  enabled: boolean
  /** The events it is evaluated on. */
  on: readonly CampaignEvent[]
  rule: CalendarRule
  /** The lowest tier it is for (「银卡及以上」 = 'silver'); absent = every member. */
  minTier?: string
  /** Its overall window in business days; absent = open-ended. */
  from?: BusinessDay
  to?: BusinessDay
  reward: CampaignReward
  /** Shown on the home page while it applies to the member. */
  banner?: string
}

/** What the engine needs to know about the member and the occasion. */
export interface CampaignOccasion {
  event: CampaignEvent
  now: Date
  memberId: string
  tier: string
  /** 'YYYY-MM-DD' or null when the member has not told us. */
  birthday: string | null
  /** Join only: whether this join made a new member. */
  isNewMember?: boolean
  /** Join only: the channel of a usable scene the member arrived through. */
  sceneChannel?: string | null
  /** Tier codes, lowest first, for `minTier`. */
  tierLadder: readonly string[]
}

/** A campaign due for a member: given at most once per `key` (member, campaign, period). */
export interface DueCampaign {
  campaign: Campaign
  period: string
  key: string
}
