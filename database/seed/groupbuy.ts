/**
 * Demo group buy: 陈阿姨 (a member, approved through admin.leader.create as a leader of the Xuhui store for 滨江花园)
 * with one open chain of cherries and mangoes, three neighbours already in it (paid,
 * numbered 1–3), so the chain link printed by `npm start` shows a live list.
 */
import { addDays, businessDay, endOfDay } from '../../src/domain/time'
import { commissionFen, tallyOf } from '../../src/domain/groupbuy'
import { unpaidOrder } from '../../cloudfunctions/_shared/orders/new-order'
import type { Db } from '../../cloudfunctions/_shared/db'
import type { AdminCall } from './admin-calls'

export const DEMO_LEADER = 'demo-leader'
export const DEMO_CHAIN = 'demo-cherry'

type Data = { _id: string } & Record<string, unknown>
const set = (db: Db, coll: Parameters<Db['collection']>[0], { _id, ...data }: Data) => db.collection(coll).doc(_id).set({ data })

const products = [
  { key: '0', skuId: 'cherry-gift', productId: 'cherry', category: 'fruit', name: '智利车厘子 JJ 级', image: '/static/products/cherry.svg', unit: '5斤', listPriceFen: 19900, chainPriceFen: 16900, stock: 50 },
  { key: '1', skuId: 'mango-5jin', productId: 'mango', category: 'fruit', name: '海南贵妃芒', image: '/static/products/mango.svg', unit: '5斤', listPriceFen: 5990, chainPriceFen: 4590, stock: 30 },
]

const neighbours = [
  { id: 'demo-gb-1', name: '王建国', phone: '13911112222', lines: [{ key: '0', quantity: 1 }] },
  { id: 'demo-gb-2', name: '李秀英', phone: '13733334444', lines: [{ key: '0', quantity: 2 }, { key: '1', quantity: 1 }] },
  { id: 'demo-gb-3', name: '赵敏', phone: '13655556666', lines: [{ key: '1', quantity: 2 }] },
]

export async function seedGroupbuy(db: Db, now: Date, admin: AdminCall): Promise<void> {
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000)
  await set(db, 'members', { _id: DEMO_LEADER, cardNo: '880099990001', joinedAt: at(60 * 24 * 90), consent: { version: '2026.1', at: at(60 * 24 * 90) }, attribution: null, nickname: '陈阿姨', avatarUrl: '', phone: '13612345678', birthday: null, birthdaySetBy: null, growth: 600, tierGrowth: 600, tier: 'silver', tierReviewedAt: null })
  // Approved through the console (the leader document and the scene gb-<cardNo>).
  await admin('leader.create', { record: { id: '880099990001', storeId: 'store-xuhui', name: '陈阿姨', pickupPoint: '滨江花园 3 号门', commissionBp: 500 } })
  const amounts = neighbours.map((n) => n.lines.reduce((s, l) => s + products[Number(l.key)].chainPriceFen * l.quantity, 0))
  const commissions = amounts.map((a) => commissionFen(a, 500))
  // The commission of the three entries below, written with them.
  await db.collection('leaders').doc(DEMO_LEADER).update({ data: { commissionEarnedFen: commissions.reduce((s, c) => s + c, 0) } })
  const deadline = new Date(endOfDay(addDays(businessDay(now), 2)).getTime() + 1)
  await set(db, 'chains', {
    _id: DEMO_CHAIN,
    leaderId: DEMO_LEADER,
    storeId: 'store-xuhui',
    pickupPoint: '滨江花园 3 号门',
    title: '智利车厘子 JJ 级',
    text: '今年第一批空运车厘子，果径 28-30mm，脆甜。截团后第二天下午到货，滨江花园 3 号门自提。',
    images: ['/static/products/cherry.svg'],
    products,
    perPersonLimit: 5,
    deadline,
    pickupFrom: new Date(deadline.getTime() + 14 * 3600_000),
    pickupTo: new Date(deadline.getTime() + 20 * 3600_000),
    status: 'open',
    closedReason: null,
    lastNo: neighbours.length,
    // The running totals the entry-number transaction keeps (the three paid neighbours).
    tally: tallyOf(
      products.map((p) => p.key),
      neighbours.map((n, i) => ({ lines: n.lines.map((l) => ({ ...l, unitFen: products[Number(l.key)].chainPriceFen })), amountFen: amounts[i], commissionFen: commissions[i] })),
    ),
    createdAt: at(180),
    requestId: 'seed-chain',
  })
  for (const p of products) {
    const sold = neighbours.flatMap((n) => n.lines).filter((l) => l.key === p.key).reduce((s, l) => s + l.quantity, 0)
    await set(db, 'chain_stock', { _id: `${DEMO_CHAIN}~${p.key}`, chainId: DEMO_CHAIN, key: p.key, left: p.stock - sold })
  }
  for (const [i, n] of neighbours.entries()) {
    const orderId = `2611290000000000000${i + 1}`
    const paidAt = at(120 - i * 30)
    const lines = n.lines.map((l) => {
      const p = products[Number(l.key)]
      return { skuId: p.skuId, productId: p.productId, category: p.category, name: p.name, skuName: p.unit, image: p.image, quantity: l.quantity, listPriceFen: p.listPriceFen, unitPriceFen: p.chainPriceFen, lineFen: p.chainPriceFen * l.quantity }
    })
    const money = { subtotalFen: amounts[i], couponFen: 0, pointsFen: 0, pointsUsed: 0, payableFen: amounts[i] }
    const order = unpaidOrder({ orderId, memberId: n.id, requestId: `seed-${n.id}`, fulfilment: { kind: 'pickup', storeId: 'store-xuhui' }, storeId: 'store-xuhui', lines, money, payBy: new Date(paidAt.getTime() + 900_000), now: at(121 - i * 30), source: { kind: 'groupbuy', refId: DEMO_CHAIN, returns: [] } })
    await set(db, 'orders', { ...order, status: 'awaiting_pickup', paidAt, transactionId: `seed-${orderId}` })
    await set(db, 'chain_holds', { _id: `${DEMO_CHAIN}:${n.id}`, chainId: DEMO_CHAIN, memberId: n.id, taken: Object.fromEntries(products.map((p) => [p.key, n.lines.find((l) => l.key === p.key)?.quantity ?? 0])) })
    await set(db, 'chain_entries', {
      _id: orderId,
      chainId: DEMO_CHAIN,
      leaderId: DEMO_LEADER,
      memberId: n.id,
      name: n.name,
      phone: n.phone,
      pickupPoint: '滨江花园 3 号门',
      lines: n.lines.map((l) => ({ key: l.key, name: products[Number(l.key)].name, quantity: l.quantity, unitFen: products[Number(l.key)].chainPriceFen })),
      amountFen: amounts[i],
      payableFen: money.payableFen,
      status: 'paid',
      no: i + 1,
      createdAt: at(121 - i * 30),
      payBy: new Date(paidAt.getTime() + 900_000),
      paidAt,
      commissionFen: commissions[i],
      commissionReversed: false,
    })
  }
}
