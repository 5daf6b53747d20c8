/**
 * Local mode's WeChat Pay: a simulated payment service kept in the `pay_sim` collection
 * (trades `t:<outTradeNo>`, refunds `r:<outRefundNo>`). Its notifications are signed
 * with HMAC-SHA256 under a key derived from the environment's secret, and the payment
 * callback accepts nothing else: a notification a client makes up is refused.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Db } from '../db'
import { findById } from '../db'
import { secret } from '../platform'
import type { PaymentNotice, PaymentService, TradeState } from './types'

const key = () => createHmac('sha256', secret('MEMBER_CODE_SECRET')).update('local-pay-notification').digest()

/** Canonical text of a notification: its fields sorted, the signature left out. */
const canonical = (event: Record<string, unknown>) =>
  JSON.stringify(Object.keys(event).filter((k) => k !== 'localSignature' && k !== 'userInfo').sort().map((k) => [k, event[k]]))

const signature = (event: Record<string, unknown>) => createHmac('sha256', key()).update(canonical(event)).digest('base64url')

/** Signs a notification as the simulated payment platform sends it. */
export const signLocalNotification = (event: Record<string, unknown>): Record<string, unknown> => ({ ...event, localSignature: signature(event) })

export const paidEvent = (n: { outTradeNo: string; transactionId: string; totalFee: number }) =>
  signLocalNotification({ returnCode: 'SUCCESS', resultCode: 'SUCCESS', subMchId: 'local', ...n })

const refundEvent = (n: { outTradeNo: string; outRefundNo: string; refundFee: number }) =>
  signLocalNotification({ returnCode: 'SUCCESS', reqInfo: { ...n, refundStatus: 'SUCCESS' } })

function validSignature(event: Record<string, unknown>): boolean {
  const given = typeof event.localSignature === 'string' ? Buffer.from(event.localSignature) : Buffer.alloc(0)
  const expected = Buffer.from(signature(event))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const int = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : NaN)
const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** Reads a cloudPay-shaped notification: a payment, or a refund (fields under reqInfo). */
export function readNotice(event: Record<string, unknown>): PaymentNotice | null {
  const info = event.reqInfo as Record<string, unknown> | undefined
  if (info && typeof info === 'object') {
    const n = { kind: 'refund' as const, outTradeNo: str(info.outTradeNo), outRefundNo: str(info.outRefundNo), refundFee: int(info.refundFee), status: info.refundStatus === 'SUCCESS' ? ('SUCCESS' as const) : ('FAILED' as const) }
    return n.outTradeNo && n.outRefundNo && n.refundFee > 0 ? n : null
  }
  if (event.returnCode !== 'SUCCESS' || event.resultCode !== 'SUCCESS') return null
  const n = { kind: 'paid' as const, outTradeNo: str(event.outTradeNo), transactionId: str(event.transactionId), totalFee: int(event.totalFee) }
  return n.outTradeNo && n.transactionId && n.totalFee > 0 ? n : null
}

export function localPay(db: Db): PaymentService {
  const trades = db.collection('pay_sim')
  return {
    mode: 'local',
    async unifiedOrder({ outTradeNo, totalFee }) {
      if (!(await findById(db, 'pay_sim', `t:${outTradeNo}`))) await trades.doc(`t:${outTradeNo}`).set({ data: { state: 'NOTPAY', totalFee } })
      return null
    },
    async queryOrder(outTradeNo): Promise<TradeState> {
      const t = await findById<{ state: string; transactionId?: string; totalFee: number }>(db, 'pay_sim', `t:${outTradeNo}`)
      return t?.state === 'SUCCESS' ? { paid: true, transactionId: t.transactionId, totalFee: t.totalFee } : { paid: false }
    },
    async refund({ outTradeNo, outRefundNo, refundFee }) {
      // The same out_refund_no is the same refund: the simulated service, like WeChat, keeps one.
      if (!(await findById(db, 'pay_sim', `r:${outRefundNo}`))) await trades.doc(`r:${outRefundNo}`).set({ data: { outTradeNo, refundFee, state: 'SUCCESS' } })
      return { localNotification: refundEvent({ outTradeNo, outRefundNo, refundFee }) }
    },
    async verify(event) {
      return validSignature(event) ? readNotice(event) : null
    },
  }
}

/** 模拟支付: the simulated service marks the trade paid and makes its signed notification. */
export async function simulatePayment(db: Db, trade: { outTradeNo: string; transactionId: string; totalFee: number }): Promise<Record<string, unknown>> {
  await db.collection('pay_sim').doc(`t:${trade.outTradeNo}`).set({ data: { state: 'SUCCESS', transactionId: trade.transactionId, totalFee: trade.totalFee } })
  return paidEvent(trade)
}
