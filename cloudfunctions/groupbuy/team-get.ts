import { checkTeamJoinable, seatsLeft, TEAM_PHASE_TEXT, teamPhase, teamShareTitle, teamSharePath } from '@/domain/groupbuy'
import { ORDER_STATUS_LABELS } from '@/domain/orders'
import type { TeamView } from '@/contracts/groupbuy-team'
import { findById, type Db } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import type { MemberDoc } from '../_shared/members'
import type { OrderDoc } from '../_shared/orders/order-doc'
import { teamShareSceneId } from '../_shared/groupbuy/team-share-scene'
import { requireTeam, teamMemberId, type TeamDoc, type TeamMemberDoc } from '../_shared/groupbuy/team-docs'

const PAID = new Set(['paid', 'awaiting_pickup', 'shipped', 'picked_up', 'completed'])

export async function storeOf(db: Db, storeId: string) {
  const store = await findById<{ name: string }>(db, 'stores', storeId)
  return { storeId, name: store?.name ?? '' }
}

/** Seats as anyone sees them: the masked name written at payment, an avatar, no phone, no openid. */
export function teamViewOf(team: TeamDoc, openid: string, now: Date, store: TeamView['store']): TeamView {
  const phase = teamPhase(team, now)
  return {
    teamId: team._id,
    offerId: team.offerId,
    productId: team.productId,
    name: team.name,
    unit: team.unit,
    image: team.image,
    listPriceFen: team.listPriceFen,
    priceFen: team.priceFen,
    size: team.size,
    seatsLeft: phase === 'failed' ? 0 : seatsLeft(team),
    seats: team.seats.map((s) => ({ name: s.name, avatarUrl: s.avatarUrl, opener: s.memberId === team.openerId, mine: s.memberId === openid })),
    phase,
    phaseText: TEAM_PHASE_TEXT[phase],
    deadline: new Date(team.deadline).toISOString(),
    store,
    perMemberLimit: team.perMemberLimit,
  }
}

/**
 * groupbuy.team.get (anyone): the team with its seats (masked on the server), the
 * caller's own order in it, whether they can join, and — for a full or failed team — an
 * offer to open a new one (「该团已满，开一个新团」). Every reply carries `now` for the countdown.
 */
export async function getTeam(input: { teamId: string; from?: string }, { db, openid, now }: ActionContext) {
  const team = await requireTeam(db, input.teamId)
  const [store, me, joined] = await Promise.all([
    storeOf(db, team.storeId),
    findById<MemberDoc>(db, 'members', openid),
    findById<TeamMemberDoc>(db, 'team_members', teamMemberId(team._id, openid)),
  ])
  const order = joined ? await findById<OrderDoc>(db, 'orders', joined.orderId) : null
  const view = teamViewOf(team, openid, now, store)
  const live = order && order.status !== 'cancelled'
  const offer = await findById<{ enabled: boolean }>(db, 'team_offers', team.offerId)
  const over = view.phase !== 'forming'
  return {
    team: view,
    mine: order ? { orderId: order._id, status: order.status, statusText: ORDER_STATUS_LABELS[order.status], paid: PAID.has(order.status), payBy: new Date(order.payBy).toISOString() } : null,
    canJoin: !live && checkTeamJoinable(team, openid, now).ok,
    openNew: over && offer?.enabled ? { offerId: team.offerId, text: view.phase === 'succeeded' ? '该团已满，开一个新团' : '该团未成团，开一个新团' } : null,
    share: { title: teamShareTitle(team.name, team.priceFen, view.seatsLeft), path: teamSharePath(team._id, me?.cardNo ?? null) },
    member: !!me,
    sceneId: me ? null : await teamShareSceneId(db, team, input.from),
    now: now.toISOString(),
  }
}
