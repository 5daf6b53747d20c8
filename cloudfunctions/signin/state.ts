/** Per-member sign-in state (`signin_states`, _id = openid) and the day documents (`signins`). */
import type { BusinessDay } from '@/domain/time'
import { findById, type Db, type Tx } from '../_shared/db'
import type { Run } from './signed-runs'

export interface SigninState {
  _id: string
  /** Signed days (check-ins and make-ups) as runs, recent ones only. */
  runs: Run[]
  /** Days signed in so far, make-ups included. */
  total: number
  /** The streak after the last change, as of `streakDay` (for reports; rules use `runs`). */
  streak: number
  streakDay: BusinessDay | null
  /** The last day signed by a check-in (a make-up is never today). */
  lastDay: BusinessDay | null
  /** Make-ups used in `makeupMonth` ('YYYY-MM'). */
  makeupMonth: string | null
  makeupCount: number
  reminderOn: boolean
  reminderTemplateId: string | null
  /** The business day the last reminder went out: at most one a day. */
  remindedDay: BusinessDay | null
  updatedAt: Date | null
}

/** One document per member and business day: `_id = memberId:YYYY-MM-DD`, the uniqueness of a sign-in. */
export interface SigninDay {
  _id: string
  memberId: string
  day: BusinessDay
  kind: 'signed' | 'makeup'
  /** The streak that day's check-in reached (make-ups: the streak restored). */
  streak: number
  cycleDay: number
  points: number
  couponId?: string
  couponTitle?: string
  couponNote?: string
  costPoints?: number
  at: Date
}

export const dayId = (memberId: string, day: BusinessDay) => `${memberId}:${day}`

export const emptyState = (memberId: string): SigninState => ({
  _id: memberId,
  runs: [],
  total: 0,
  streak: 0,
  streakDay: null,
  lastDay: null,
  makeupMonth: null,
  makeupCount: 0,
  reminderOn: false,
  reminderTemplateId: null,
  remindedDay: null,
  updatedAt: null,
})

export async function readState(source: Db | Tx, memberId: string): Promise<SigninState> {
  return { ...emptyState(memberId), ...((await findById<Partial<SigninState>>(source, 'signin_states', memberId)) ?? {}) }
}

export async function writeState(tx: Tx, state: SigninState): Promise<void> {
  const { _id, ...data } = state
  await tx.collection('signin_states').doc(_id).set({ data: { ...data } })
}

/** Make-ups already used in the month of `today`. */
export const makeupsUsed = (state: SigninState, today: BusinessDay): number => (state.makeupMonth === today.slice(0, 7) ? state.makeupCount : 0)
