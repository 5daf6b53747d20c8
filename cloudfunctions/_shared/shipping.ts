/**
 * Shipping information (发货信息管理): for mini programs under this rule, the money of a
 * payment stays frozen until its shipping information is uploaded. Store pickup is
 * logistics_type 4 (用户自提), still with one shipping_list item. In local mode the upload
 * goes to the dev outbox (GET /__dev/outbox).
 */
import cloud from 'wx-server-sdk'
import type { Db } from './db'
import { isLocalCloud } from './platform'

export interface PickupShipment {
  transactionId: string
  openid: string
  itemDesc: string
  at: Date
}

export async function uploadPickupShipping(db: Db, s: PickupShipment): Promise<{ via: 'outbox' | 'wechat' }> {
  const payload = {
    order_key: { order_number_type: 2, transaction_id: s.transactionId },
    logistics_type: 4,
    delivery_mode: 1,
    shipping_list: [{ item_desc: s.itemDesc.slice(0, 120) }],
    upload_time: s.at.toISOString(),
    payer: { openid: s.openid },
  }
  if (isLocalCloud()) {
    await db.collection('outbox').add({ data: { kind: 'uploadShippingInfo', ...payload, at: db.serverDate() } })
    return { via: 'outbox' }
  }
  // The order-shipping openapi (config.json declares it); not callable offline, so unverified here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  await (cloud.openapi as any).orderShipping.uploadShippingInfo(payload)
  return { via: 'wechat' }
}
