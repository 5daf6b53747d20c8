/** Team-buy (拼团) offers, teams and payments for the group-buy team tests. */
import type { TestCloud } from './local-cloud'
import { act, rid } from './fixtures'
import { sku } from './orders'
import { pay } from './groupbuy'

/** An offer `team-<id>` on SKU `<id>` (list 3990, team price 2990) for teams of `size`, at store-a. */
export async function offer(t: TestCloud, id: string, { size = 3, stock = 100, perMemberLimit = 2, windowHours = 24 } = {}) {
  await sku(t, id, stock, 3990)
  await t.db.collection('team_offers').doc(`team-${id}`).set({
    data: { productId: `p-${id}`, skuId: id, name: '阳光玫瑰葡萄', unit: '一串', image: '/static/products/grape.svg', listPriceFen: 3990, teamPriceFen: 2990, size, windowHours, perMemberLimit, storeIds: ['store-a'], enabled: true },
  })
  return `team-${id}`
}

/** Sends again while the cloud is busy, with the same requestId, as the client does. */
async function send(t: TestCloud, openid: string, action: string, payload: Record<string, unknown>) {
  for (let attempt = 0; ; attempt++) {
    const reply = await act(t, 'groupbuy', openid, action, payload)
    if (reply.ok || reply.code !== 'COMMON.BUSY' || attempt > 5) return reply
  }
}

export const openTeam = (t: TestCloud, openid: string, offerId: string, over: Record<string, unknown> = {}) => send(t, openid, 'team.open', { requestId: rid('open'), offerId, storeId: 'store-a', ...over })
export const joinTeam = (t: TestCloud, openid: string, teamId: string, over: Record<string, unknown> = {}) => send(t, openid, 'team.join', { requestId: rid('tjoin'), teamId, ...over })

/** Opens a team and pays for the opener's seat; returns the team id and the order. */
export async function openPaid(t: TestCloud, openid: string, offerId: string) {
  const opened = await openTeam(t, openid, offerId)
  if (!opened.ok) throw new Error(JSON.stringify(opened))
  const paid = await pay(t, openid, opened.data.orderId)
  if (!paid.ok) throw new Error(JSON.stringify(paid))
  return opened.data as { teamId: string; orderId: string }
}

export const teamDoc = async (t: TestCloud, teamId: string) => (await t.db.collection('teams').doc(teamId).get()).data
export const refundsOf = async (t: TestCloud, orderId: string) => (await t.db.collection('refunds').where({ orderId }).get()).data as { _id: string; status: string; amountFen: number }[]
