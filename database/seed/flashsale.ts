/**
 * Demo flash sales: today's and tomorrow's 10:00, 14:00 and 20:00 sessions (Asia/Shanghai),
 * each with two items of the demo catalog, stock in shards, limit 1 or 2, one item for
 * 金卡 and above; a reminder template so 开抢提醒 works (messages land in the dev outbox).
 */
import { addDays, businessDay } from '../../src/domain/time'
import type { Db } from '../../cloudfunctions/_shared/db'
import { writeFlashItem } from '../../cloudfunctions/flashsale/flash-docs'

const SLOTS = ['10:00', '14:00', '20:00']
const ALL_STORES = ['store-xuhui', 'store-jingan', 'store-pudong']

const OFFERS = [
  { productId: 'apple', skuId: 'apple-5jin', name: '阿克苏糖心苹果', skuName: '5斤装', listPriceFen: 5990, flashPriceFen: 2990, stock: 100, limit: 1, tiers: null },
  { productId: 'grape', skuId: 'grape-1', name: '阳光玫瑰葡萄', skuName: '一串约 600g', listPriceFen: 3990, flashPriceFen: 1990, stock: 40, limit: 2, tiers: ['gold', 'black'] as const },
]

export async function seedFlashsale(db: Db, now: Date): Promise<void> {
  await db.collection('settings').doc('flashsale').set({
    data: { slots: SLOTS.map((start) => ({ start, minutes: 120 })), reminder: { templateId: 'demo-flash-remind', leadMinutes: 3, fields: { title: 'thing1', time: 'time2' } } },
  })
  const today = businessDay(now)
  for (const day of [today, addDays(today, 1)]) {
    for (const start of SLOTS) {
      for (const o of OFFERS) {
        await writeFlashItem(db, {
          _id: `fs-${day.replace(/-/g, '')}-${start.replace(':', '')}-${o.productId}`,
          day,
          start,
          minutes: 120,
          skuId: o.skuId,
          productId: o.productId,
          category: 'fruit',
          name: o.name,
          skuName: o.skuName,
          image: `/static/products/${o.productId}.svg`,
          listPriceFen: o.listPriceFen,
          flashPriceFen: o.flashPriceFen,
          stock: o.stock,
          shards: o.stock >= 100 ? 8 : 1,
          limit: o.limit,
          tiers: o.tiers ? [...o.tiers] : null,
          storeIds: ALL_STORES,
        })
      }
    }
  }
}
