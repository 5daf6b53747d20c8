/**
 * The work log of the till (collection `staff_work`): one document per award, coupon
 * redemption or pickup, written in the same transaction as the action itself, so the
 * staff numbers and the 店长's reversal read exactly what happened. Its _id comes from
 * the action's own idempotency key, so a re-run transaction cannot count twice.
 */
import { businessMonth } from '@/domain/time'
import type { Tx } from './db'

export interface StaffWorkDoc {
  _id: string
  kind: 'award' | 'coupon' | 'pickup'
  staffId: string
  storeId: string
  memberId: string
  cardNo: string
  /** Awards: the points, the paid fen and the ledger requestId a reversal takes back. */
  points: number
  paidFen: number
  ledgerRequestId: string | null
  ref: string | null
  at: Date
  /** 'YYYY-MM' in Asia/Shanghai: the numbers walk one store's month by (storeId, month, _id). */
  month: string
  /** Set once by the first reversal; later reversals answer it. */
  reversal: { points: number; balance: number; writtenOff: number; text: string; by: string; at: Date } | null
}

type Work = Pick<StaffWorkDoc, 'kind' | 'memberId' | 'cardNo'> & Partial<Pick<StaffWorkDoc, 'points' | 'paidFen' | 'ledgerRequestId' | 'ref'>>

export async function logStaffWork(tx: Tx, staff: { _id: string; storeId: string }, requestId: string, work: Work, now: Date): Promise<void> {
  const doc: StaffWorkDoc = { points: 0, paidFen: 0, ledgerRequestId: null, ref: null, ...work, _id: `${work.kind}:${staff._id}:${requestId}`, staffId: staff._id, storeId: staff.storeId, at: now, month: businessMonth(now), reversal: null }
  await tx.collection('staff_work').add({ data: { ...doc } })
}
