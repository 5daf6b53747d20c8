/**
 * Team buys (拼团) as stored. `team_offers` (the merchant's offer: a SKU at a team price,
 * team size, window, stores), `teams` (one opened team with its paid seats: at most N,
 * written only in the payment's transaction) and `team_members` (_id = teamId:openid: one
 * live join, with its order, per member and team).
 */
import { teamError, type TeamErrorKey, type TeamSeat, type TeamStatus } from '@/domain/groupbuy'
import { ActionError } from '../action-error'
import { findById, type Db, type Tx } from '../db'

export interface TeamOfferDoc {
  _id: string
  productId: string
  skuId: string
  name: string
  unit: string
  image: string
  listPriceFen: number
  teamPriceFen: number
  size: number
  windowHours: number
  perMemberLimit: number
  storeIds: string[]
  enabled: boolean
}

/** A paid seat, with the name others see (masked when written: the full name is never stored here). */
export interface StoredSeat extends TeamSeat {
  name: string
  avatarUrl: string
}

export interface TeamDoc {
  _id: string
  offerId: string
  productId: string
  skuId: string
  name: string
  unit: string
  image: string
  listPriceFen: number
  priceFen: number
  size: number
  perMemberLimit: number
  storeId: string
  openerId: string
  openedAt: Date
  deadline: Date
  status: TeamStatus
  seats: StoredSeat[]
  succeededAt: Date | null
  failedAt: Date | null
  requestId: string
}

export interface TeamMemberDoc {
  _id: string
  teamId: string
  memberId: string
  orderId: string
  joinedAt: Date
}

export const teamMemberId = (teamId: string, memberId: string) => `${teamId}:${memberId}`

export const teamRefusal = (key: TeamErrorKey): ActionError => {
  const e = teamError(key)
  return new ActionError(e.code, e.message)
}

export async function requireTeam(db: Db | Tx, teamId: string): Promise<TeamDoc> {
  const team = await findById<TeamDoc>(db, 'teams', teamId)
  if (!team) throw teamRefusal('NOT_FOUND')
  return team
}

export async function requireOffer(db: Db | Tx, offerId: string): Promise<TeamOfferDoc> {
  const offer = await findById<TeamOfferDoc>(db, 'team_offers', offerId)
  if (!offer || !offer.enabled) throw teamRefusal('OFFER_NOT_FOUND')
  return offer
}
