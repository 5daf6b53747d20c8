/**
 * Shipping information (发货信息管理): for mini programs under this rule, the money of a
 * payment stays frozen until its shipping information is uploaded (发货信息录入,
 * uploadShippingInfo; cloud call `wxa.sec.order.uploadShippingInfo`, declared in
 * order/config.json; fields as in
 * developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo).
 * Store pickup is logistics_type 4 (用户自提), still with one shipping_list item; a parcel is
 * logistics_type 1 (实体物流) with tracking_no and express_company (WeChat's delivery company
 * id), and a masked contact phone, which SF requires. One payment can be updated once.
 * In local mode the upload goes to the dev outbox (GET /__dev/outbox).
 */
import cloud from 'wx-server-sdk'
import type { Db } from './db'
import { maskPhone } from './members'
import { isLocalCloud } from './platform'

export interface Shipping {
  transactionId: string
  openid: string
  itemDesc: string
  at: Date
  /** A parcel sent by a delivery company; absent for store pickup. */
  parcel?: { expressCompany: string; trackingNo: string; receiverPhone: string }
}

export function shippingPayload(s: Shipping) {
  const item = { item_desc: s.itemDesc.slice(0, 120) }
  const parcel = s.parcel
    ? { ...item, tracking_no: s.parcel.trackingNo, express_company: s.parcel.expressCompany, contact: { receiver_contact: maskPhone(s.parcel.receiverPhone) ?? '' } }
    : item
  return {
    order_key: { order_number_type: 2, transaction_id: s.transactionId },
    logistics_type: s.parcel ? 1 : 4,
    delivery_mode: 1,
    shipping_list: [parcel],
    upload_time: s.at.toISOString(),
    payer: { openid: s.openid },
  }
}

export async function uploadShipping(db: Db, s: Shipping): Promise<{ via: 'outbox' | 'wechat' }> {
  const payload = shippingPayload(s)
  if (isLocalCloud()) {
    await db.collection('outbox').add({ data: { kind: 'uploadShippingInfo', ...payload, at: db.serverDate() } })
    return { via: 'outbox' }
  }
  // Not callable offline, so checked against the documentation only (docs/deploy.md).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  await (cloud.openapi as any).wxa.sec.order.uploadShippingInfo(payload)
  return { via: 'wechat' }
}

/** Store pickup: 用户自提. */
export const uploadPickupShipping = (db: Db, s: Omit<Shipping, 'parcel'>) => uploadShipping(db, s)

/** What the shipping list says was bought: 「车厘子 5斤装×1，…」. */
export const itemDescOf = (lines: { name: string; skuName: string; quantity: number }[]) => lines.map((l) => `${l.name} ${l.skuName}×${l.quantity}`).join('，')
