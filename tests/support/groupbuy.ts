/** Leaders, chains and paid entries for the group-buy function tests. */
import type { TestCloud } from './local-cloud'
import { act, ADMIN, join, rid } from './fixtures'
import { sku } from './orders'

/** A member approved as a leader of store-a (commission 5%). */
export async function leader(t: TestCloud, openid: string, over: Record<string, unknown> = {}) {
  await join(t, openid)
  await t.db.collection('members').doc(openid).update({ data: { nickname: `团长${openid}` } })
  const { cardNo } = (await t.db.collection('members').doc(openid).get()).data
  const reply = await act(t, 'groupbuy', ADMIN, 'leader.approve', { requestId: rid('approve'), cardNo, storeId: 'store-a', name: `团长${openid}`, commissionBp: 500, ...over })
  if (!reply.ok) throw new Error(JSON.stringify(reply))
  return reply.data.leader
}

/** A member with a name and phone that others must never see in full. */
export async function named(t: TestCloud, openid: string, nickname: string, phone: string) {
  await join(t, openid)
  await t.db.collection('members').doc(openid).update({ data: { nickname, phone } })
}

const DAY = 86_400_000

/** An open chain of `leaderId` with SKU `<id>` (chain price 19900, stock, per-person limit). */
export async function chain(t: TestCloud, leaderId: string, id: string, { stock = 10, limit = 5, deadline = new Date(Date.now() + 2 * DAY).toISOString() } = {}) {
  await sku(t, id, 1000, 25900)
  await t.db.collection('products').doc(`p-${id}`).update({ data: { name: '智利车厘子' } })
  const reply = await act(t, 'groupbuy', leaderId, 'create', {
    requestId: rid('chain'),
    title: '智利车厘子',
    text: '今日到货，明天下午门店自提',
    products: [{ skuId: id, chainPriceFen: 19900, stock, unit: '5斤' }],
    perPersonLimit: limit,
    deadline,
    pickupFrom: new Date(Date.parse(deadline) + DAY / 2).toISOString(),
    pickupTo: new Date(Date.parse(deadline) + DAY).toISOString(),
  })
  if (!reply.ok) throw new Error(JSON.stringify(reply))
  return reply.data.chain as { chainId: string; products: { key: string; left: number }[] }
}

/** groupbuy.join, resent once with the same requestId when the cloud is busy, as the client does. */
export async function joinChain(t: TestCloud, openid: string, chainId: string, quantity = 1, requestId = rid('join')) {
  const payload = { requestId, chainId, lines: [{ key: '0', quantity }] }
  const reply = await act(t, 'groupbuy', openid, 'join', payload)
  return !reply.ok && reply.code === 'COMMON.BUSY' ? act(t, 'groupbuy', openid, 'join', payload) : reply
}

/** Joins and pays (模拟支付); returns the order id. */
export async function joinAndPay(t: TestCloud, openid: string, chainId: string, quantity = 1) {
  const joined = await joinChain(t, openid, chainId, quantity)
  if (!joined.ok) throw new Error(JSON.stringify(joined))
  await pay(t, openid, joined.data.orderId)
  return joined.data.orderId as string
}

export async function pay(t: TestCloud, openid: string, orderId: string, requestId = rid('pay')) {
  for (let attempt = 0; ; attempt++) {
    const reply = await act(t, 'order', openid, 'pay.simulate', { requestId, orderId })
    if (reply.ok || reply.code !== 'COMMON.BUSY' || attempt > 3) return reply
  }
}

export const stockLeft = async (t: TestCloud, chainId: string) => (await t.db.collection('chain_stock').doc(`${chainId}~0`).get()).data.left as number
export const held = async (t: TestCloud, chainId: string, openid: string) => (await t.db.collection('chain_holds').doc(`${chainId}:${openid}`).get()).data.taken['0'] as number
export const entryOf = async (t: TestCloud, id: string) => (await t.db.collection('chain_entries').doc(id).get()).data
