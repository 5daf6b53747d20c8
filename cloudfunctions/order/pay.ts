import { ActionError } from '../_shared/action-error'
import { findById } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { handlePaymentNotification } from '../_shared/orders/notifications'
import { requireOrder, requireOwnOrder } from '../_shared/orders/order-doc'
import { paymentService, simulatePayment } from '../_shared/payment'
import { isLocalCloud } from '../_shared/platform'
import { expireOne } from './expire-unpaid'
import { orderView } from './view'
import { orderRefusal } from '../_shared/orders/refusal'

const notPayable = () => orderRefusal('BAD_STATE', '订单已不能支付')

/** order.pay: places the payment with the payment service; the client then pays (requestPayment, or 模拟支付 locally). */
export async function pay(input: { orderId: string }, { db, openid, now }: ActionContext) {
  const order = await requireOwnOrder(db, input.orderId, openid)
  if (order.status !== 'unpaid' || new Date(order.payBy).getTime() <= now.getTime()) throw notPayable()
  const service = paymentService(db)
  const title = order.lines.length > 1 ? `${order.lines[0].name}等${order.lines.length}件商品` : order.lines[0].name
  const payment = await service.unifiedOrder({ outTradeNo: order._id, totalFee: order.money.payableFen, body: `鲜果会员-${title}`.slice(0, 40), openid })
  return { mode: service.mode, payment, order: await orderView(db, order, now) }
}

/**
 * order.pay.simulate (local mode only, 模拟支付): the simulated payment service takes the
 * money and notifies through the same callback code the `payment` function runs, signed.
 * `duplicate` delivers the notification twice (重复通知); `late` lets the order time out
 * first (超时后到账), so the payment reaches a cancelled order and is refunded.
 * The transaction id comes from the requestId: a retry is the same payment.
 */
export async function simulatePay(input: { requestId: string; orderId: string; duplicate: boolean; late: boolean }, { db, openid, now }: ActionContext) {
  if (!isLocalCloud()) throw new ActionError('COMMON.FORBIDDEN', '仅本地模式可用')
  const order = await requireOwnOrder(db, input.orderId, openid)
  const transactionId = `4200${input.requestId}`.slice(0, 32)
  // A replay (same requestId, so the same payment) goes through again: the callback is idempotent.
  const replay = await findById(db, 'payments', `${order._id}:${transactionId}`)
  if (!replay && order.status !== 'unpaid') throw notPayable()
  if (input.late) await expireOne(db, order._id, now, true)
  const notification = await simulatePayment(db, { outTradeNo: order._id, transactionId, totalFee: order.money.payableFen })
  const notifications = []
  for (let i = 0; i < (input.duplicate ? 2 : 1); i++) notifications.push(await handlePaymentNotification(db, notification, now))
  return { notifications, order: await orderView(db, await requireOrder(db, order._id), now) }
}
