/** Flash sale helpers: items on a fixed session day, members written straight in, the shards' sum. */
import { writeFlashItem, type FlashItemInput } from '../../cloudfunctions/flashsale/flash-docs'
import type { TestCloud } from './local-cloud'
import { act, rid } from './fixtures'

/** Sessions of the tests: 2026-12-01 in Shanghai. 10:00 there is 02:00Z. */
export const DAY = '2026-12-01'
export const at = (hhmmss: string) => new Date(`${DAY}T${hhmmss}+08:00`).toISOString()
export const setClock = (t: TestCloud, iso: string) => t.dev('POST', 'clock', { now: iso })

let cards = 0
/** Members written straight into the database (a crowd of 500 joins through the function would be slow). */
export async function members(t: TestCloud, ids: string[], tier = 'normal') {
  await Promise.all(ids.map((id) => t.db.collection('members').doc(id).set({ data: { cardNo: `9${String(cards++).padStart(11, '0')}`, tier, growth: 0, tierGrowth: 0 } })))
}

export async function flashItem(t: TestCloud, id: string, over: Partial<FlashItemInput> = {}) {
  await t.db.collection('products').doc(`p-${id}`).set({ data: { name: `秒杀 ${id}`, category: 'fruit', priceFen: 5000, unit: '份', image: '', onSale: true, sort: 1 } })
  return writeFlashItem(t.db, {
    _id: id,
    day: DAY,
    start: '10:00',
    minutes: 120,
    skuId: `sku-${id}`,
    productId: `p-${id}`,
    category: 'fruit',
    name: `秒杀 ${id}`,
    skuName: '标准装',
    image: '',
    listPriceFen: 5000,
    flashPriceFen: 990,
    stock: 10,
    shards: 1,
    limit: 1,
    tiers: null,
    storeIds: ['store-a'],
    ...over,
  })
}

export const shardsLeft = async (t: TestCloud, itemId: string): Promise<number[]> =>
  ((await t.db.collection('flash_shards').where({ itemId }).orderBy('_id', 'asc').get()).data as { stock: number }[]).map((s) => s.stock)

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

/** Units held by orders of this item that are not cancelled (reserved, paid). */
export async function unitsReserved(t: TestCloud, itemId: string): Promise<number> {
  const _ = t.db.command
  const orders = (await t.db.collection('orders').where({ 'source.refId': itemId, status: _.neq('cancelled') }).limit(1000).get()).data as { lines: { quantity: number }[] }[]
  return sum(orders.map((o) => o.lines[0].quantity))
}

export const reserve = (t: TestCloud, openid: string, itemId: string, over: Record<string, unknown> = {}) =>
  act(t, 'flashsale', openid, 'reserve', { requestId: rid('flash'), itemId, quantity: 1, storeId: 'store-a', ...over })
