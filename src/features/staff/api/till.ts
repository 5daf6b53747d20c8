import { callOrder } from '@/lib/order-client'
import { callStaff } from '@/features/staff/api/call-staff'
/**
 * The till writes the workspace calls. They live in their own functions (points, coupon);
 * the cloud client gives each a requestId saved before sending, so a double tap or a retry
 * after a network error replays the first answer instead of acting twice.
 */
import { awardText, couponText, giftText } from '@/domain/staff'
import { callCloud } from '@/lib/cloud'

export interface TillOutcome {
  /** What the cashier reads at a glance. */
  text: string
  detail?: string
  /** After an award: the member's new balance. */
  balance?: number
}

export async function awardPoints(code: string, paidFen: number, receiptNo: string): Promise<TillOutcome> {
  const r = await callCloud('points', 'till.earn', { code, paidFen, receiptNo }, { silent: true })
  return { text: awardText(r), detail: `积分余额 ${r.balance}${r.campaign ? ` · ${r.campaign}` : ''}`, balance: r.balance }
}

export async function redeemCoupon(code: string): Promise<TillOutcome> {
  const r = await callCloud('coupon', 'redeem', { code }, { silent: true })
  return { text: couponText(r.title), detail: `${r.face.value}${r.face.unit} · ${r.face.condition}` }
}

export async function giftCoupon(code: string, templateId: string): Promise<TillOutcome> {
  const r = await callCloud('coupon', 'gift', { code, templateId }, { silent: true })
  return { text: giftText(r.title) }
}

export async function verifyPickup(code: string): Promise<TillOutcome> {
  const r = await callStaff('staff', 'pickup.verify', { code }, { silent: true })
  return { text: r.text, detail: r.cardNo ? `会员卡号 ${r.cardNo}` : undefined }
}

/** An order's pickup code: verified by the order function (issue 11), at the order's store. */
export async function verifyOrderPickup(code: string): Promise<TillOutcome> {
  const { order } = await callOrder('order', 'pickup.verify', { code }, { silent: true })
  const what = order.lines.map((l) => `${l.name}×${l.quantity}`).join('，')
  return { text: `已提货 · ${order.lines.length} 件商品`, detail: `订单 ${order.orderId} · ${what}` }
}
