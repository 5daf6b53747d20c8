import { findById, type Db } from '../db'
import { paymentService } from '../payment'

export interface RefundDoc {
  _id: string
  orderId: string
  memberId: string
  kind: 'member' | 'late-payment' | 'amount-mismatch' | 'second-payment'
  amountFen: number
  /** What the trade was paid in total (WeChat's total_fee for the refund call). */
  totalFee: number
  status: 'pending' | 'settled' | 'failed'
  createdAt: Date
  settledAt: Date | null
}

/**
 * Asks the payment service for a recorded refund that is not settled yet. Safe to
 * repeat: the out_refund_no is the refund's _id, so a retry is the same refund. Returns
 * the simulated service's notification in local mode, for the caller to deliver.
 */
export async function sendRefund(db: Db, refundNo: string): Promise<Record<string, unknown> | undefined> {
  const refund = await findById<RefundDoc>(db, 'refunds', refundNo)
  if (!refund || refund.status === 'settled') return undefined
  const reply = await paymentService(db).refund({ outTradeNo: refund.orderId, outRefundNo: refund._id, totalFee: refund.totalFee, refundFee: refund.amountFen })
  return reply.localNotification
}
