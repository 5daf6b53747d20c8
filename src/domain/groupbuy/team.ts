/**
 * Team buys (拼团): a merchant offers a SKU at a team price to teams of N (2..10) that
 * fill within a window (24 h by default). A member opens a team or joins one; a seat
 * counts only when its order is paid. The team succeeds at exactly N paid seats; a
 * payment that finds no seat (full, failed, past the deadline, already seated) is
 * refunded. A team not full at its deadline fails, and every paid seat is refunded.
 * Pure rules: the clock is an argument.
 */
import { ok, type Result } from '../result'
import { formatFen } from './money-text'
import { teamError } from './team-errors'

export const TEAM_SIZE_MIN = 2
export const TEAM_SIZE_MAX = 10
export const TEAM_WINDOW_HOURS = 24

/** As stored: `failing` is a failed team whose refunds are still being sent. */
export const teamStatuses = ['forming', 'succeeded', 'failing', 'failed'] as const
export type TeamStatus = (typeof teamStatuses)[number]

/** What a member sees: forming, succeeded, or failed (a forming team past its deadline is failed). */
export type TeamPhase = 'forming' | 'succeeded' | 'failed'

export const TEAM_PHASE_TEXT: Record<TeamPhase, string> = { forming: '拼团中', succeeded: '拼团成功', failed: '拼团失败' }

export interface TeamSeat {
  memberId: string
  orderId: string
  paidAt: Date
}

export interface TeamRules {
  status: TeamStatus
  size: number
  deadline: Date
  seats: readonly TeamSeat[]
}

export const teamDeadline = (openedAt: Date, windowHours: number): Date => new Date(openedAt.getTime() + windowHours * 3600_000)

/** The deadline holds to the millisecond: at the deadline instant the team has failed, unless full. */
export function teamPhase(team: Pick<TeamRules, 'status' | 'deadline'>, now: Date): TeamPhase {
  if (team.status === 'succeeded') return 'succeeded'
  if (team.status !== 'forming' || now.getTime() >= team.deadline.getTime()) return 'failed'
  return 'forming'
}

export const seatsLeft = (team: Pick<TeamRules, 'size' | 'seats'>): number => Math.max(0, team.size - team.seats.length)

/** Whether `memberId` may make an order for a seat of this team now. */
export function checkTeamJoinable(team: TeamRules, memberId: string, now: Date): Result<true> {
  const phase = teamPhase(team, now)
  if (phase === 'succeeded') return teamError('FULL')
  if (phase === 'failed') return teamError('CLOSED')
  if (team.seats.some((s) => s.memberId === memberId)) return teamError('ALREADY_IN')
  return ok(true)
}

/** The quantity one member takes in a team: 1..the offer's per-member limit. */
export function checkTeamQuantity(quantity: number, perMemberLimit: number): Result<number> {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= perMemberLimit ? ok(quantity) : teamError('BAD_QUANTITY')
}

/**
 * A paid order reaching its team: it takes a seat if the team is forming, before its
 * deadline, has a seat left and does not seat this member yet; otherwise it is refunded.
 * The last seat makes the team succeed.
 */
export function seatOnPayment(team: TeamRules, seat: TeamSeat): { kind: 'seated'; seats: TeamSeat[]; status: TeamStatus } | { kind: 'refund'; reason: string } {
  if (team.seats.some((s) => s.orderId === seat.orderId)) return { kind: 'seated', seats: [...team.seats], status: team.status }
  const phase = teamPhase(team, seat.paidAt)
  if (phase === 'succeeded' || (phase === 'forming' && seatsLeft(team) === 0)) return { kind: 'refund', reason: '该团已满，已自动退款' }
  if (phase === 'failed') return { kind: 'refund', reason: '拼团未成功，已自动退款' }
  if (team.seats.some((s) => s.memberId === seat.memberId)) return { kind: 'refund', reason: '您已在该团中，重复支付已退款' }
  const seats = [...team.seats, seat]
  return { kind: 'seated', seats, status: seats.length >= team.size ? 'succeeded' : 'forming' }
}

export const TEAM_PAGE = '/packages/groupbuy/pages/team/index'

/** 「【拼团】阳光玫瑰葡萄 29.9元 · 还差 1 人」 */
export function teamShareTitle(name: string, priceFen: number, left: number): string {
  return `【拼团】${name} ${formatFen(priceFen)}元${left > 0 ? ` · 还差 ${left} 人` : ''}`
}

/** The shared path: team id, and the sharer's card number (never an openid). */
export function teamSharePath(teamId: string, sharerCardNo: string | null): string {
  return `${TEAM_PAGE}?id=${encodeURIComponent(teamId)}${sharerCardNo ? `&from=${encodeURIComponent(sharerCardNo)}` : ''}`
}
