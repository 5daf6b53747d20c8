/** Catalog, member and payment helpers for the order and payment function tests. */
import { postEarning } from '../../cloudfunctions/_shared/points-ledger'
import { signLocalNotification } from '../../cloudfunctions/_shared/payment/local-pay'
import type { TestCloud } from './local-cloud'
import { act, join, rid } from './fixtures'

export const FAR_EXPIRY = new Date('2099-12-31T15:59:59.999Z')

/** One product `p-<id>` with one SKU `<id>` of `stock` units at `priceFen`, sold at every store. */
export async function sku(t: TestCloud, id: string, stock: number, priceFen = 1000, over: Record<string, unknown> = {}) {
  await t.db.collection('products').doc(`p-${id}`).set({ data: { name: `商品 ${id}`, category: 'fruit', priceFen, unit: '份', image: `/static/products/${id}.svg`, storeIds: null, onSale: true, sort: 1 } })
  await t.db.collection('skus').doc(id).set({ data: { productId: `p-${id}`, category: 'fruit', name: '标准装', priceFen, memberPrices: {}, stock, ...over } })
}

export const stockOf = async (t: TestCloud, id: string): Promise<number> => (await t.db.collection('skus').doc(id).get()).data.stock

/** A member with `points` points (one lot that never expires in the tests). */
export async function member(t: TestCloud, openid: string, points = 0) {
  await join(t, openid)
  if (points > 0) await t.db.runTransaction((tx: any) => postEarning(tx, { memberId: openid, requestId: `seed-${openid}`, code: 'earn.campaign', amount: points, expiresAt: FAR_EXPIRY, now: new Date() }))
}

export const balanceOf = async (t: TestCloud, openid: string): Promise<number> => (await act(t, 'points', openid, 'balance')).data.balance

/** A cash coupon owned by `openid`. */
export async function cashCoupon(t: TestCloud, id: string, openid: string, amountFen = 500) {
  await t.db.collection('coupon_templates').doc(`tpl-${id}`).set({ data: { title: `${amountFen / 100} 元券`, kind: 'cash', amountFen, channel: 'both', scope: { kind: 'all' }, validity: { kind: 'days', days: 7 }, stock: 100, left: 100, perMemberLimit: 1, issuedBy: 'center', refundable: true, enabled: true } })
  await t.db.collection('coupons').doc(id).set({
    data: { templateId: `tpl-${id}`, ownerId: openid, status: 'available', title: `${amountFen / 100} 元券`, kind: 'cash', amountFen, channel: 'both', scope: { kind: 'all' }, validFrom: new Date(Date.now() - 86_400_000), validTo: FAR_EXPIRY, claimedAt: new Date(), lockedBy: null },
  })
}

export const couponStatus = async (t: TestCloud, id: string): Promise<string> => (await t.db.collection('coupons').doc(id).get()).data.status

export const pickupAt = (storeId = 'store-a') => ({ kind: 'pickup', storeId })

/** order.create, resent with the same requestId while the cloud is busy (as the client does). */
export async function order(t: TestCloud, openid: string, payload: Record<string, unknown>, requestId = rid('order')) {
  for (let attempt = 0; ; attempt++) {
    const reply = await act(t, 'order', openid, 'create', { requestId, fulfilment: pickupAt(), ...payload })
    if (reply.ok || reply.code !== 'COMMON.BUSY' || attempt > 10) return reply
  }
}

/** A payment notification as the local simulated service signs it. */
export const paidNotification = (outTradeNo: string, totalFee: number, transactionId = `4200${outTradeNo}`) =>
  signLocalNotification({ returnCode: 'SUCCESS', resultCode: 'SUCCESS', subMchId: 'local', outTradeNo, transactionId, totalFee })

/** Sends a notification to the `payment` function as the platform would. */
export const notify = (t: TestCloud, event: Record<string, unknown>) => t.result('payment', 'wx-pay-platform', event)

export const trigger = async (t: TestCloud, fn: string, name: string) => (await (await fetch(`${t.host.url}/__dev/trigger/${fn}/${name}`, { method: 'POST' })).json()).result

export const ledgerCount = async (t: TestCloud, memberId: string, code: string) => (await t.db.collection('points_ledger').where({ memberId, code }).count()).total

export const readOrder = async (t: TestCloud, id: string) => (await t.db.collection('orders').doc(id).get()).data

export { act, rid }
