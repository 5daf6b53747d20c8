/**
 * The payment callback's work: verify that the notification comes from the payment
 * platform, apply it once, and only then answer `{ errcode: 0, errmsg: '' }` (any
 * other answer makes WeChat resend it, for up to two days). A payment that must be
 * refunded is refunded here, before answering; in local mode the simulated service's
 * refund notification is delivered right away through this same code.
 */
import type { Db } from '../db'
import { paymentService } from '../payment'
import { sendRefund } from './send-refund'
import { applyPaidNotice } from './settle-payment'
import { applyRefundNotice } from './settle-refund'

export interface CallbackReply {
  errcode: number
  errmsg: string
}

export async function handlePaymentNotification(db: Db, event: Record<string, unknown>, now: Date): Promise<CallbackReply> {
  const notice = await paymentService(db).verify(event)
  if (!notice) return { errcode: 403, errmsg: 'notification not verified' }
  if (notice.kind === 'refund') {
    const r = await applyRefundNotice(db, notice, now)
    return r === 'unknown' ? { errcode: 404, errmsg: 'unknown refund' } : { errcode: 0, errmsg: '' }
  }
  const { refundNo } = await applyPaidNotice(db, notice, now)
  if (refundNo) await refundAndDeliver(db, refundNo, now)
  return { errcode: 0, errmsg: '' }
}

/** Sends a recorded refund; the local service's notification goes through the callback code. */
export async function refundAndDeliver(db: Db, refundNo: string, now: Date): Promise<void> {
  const local = await sendRefund(db, refundNo)
  if (local) await handlePaymentNotification(db, local, now)
}
