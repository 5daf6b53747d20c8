/**
 * Demo flash sales: today's and tomorrow's 10:00, 14:00 and 20:00 sessions (Asia/Shanghai),
 * each with two items of the demo catalog, stock in shards, limit 1 or 2, one item for
 * 金卡 and above; a reminder template so 开抢提醒 works (messages land in the dev outbox).
 */
import { addDays, businessDay, startOfDay } from '../../src/domain/time'
import type { Db } from '../../cloudfunctions/_shared/db'
import { asOf, type AdminCall } from './admin-calls'

const SLOTS = ['10:00', '14:00', '20:00']
const ALL_STORES = ['store-xuhui', 'store-jingan', 'store-pudong']

const OFFERS = [
  { productId: 'apple', skuId: 'apple-5jin', flashPriceFen: 2990, stock: 100, limit: 1, tiers: null },
  { productId: 'grape', skuId: 'grape-1', flashPriceFen: 1990, stock: 40, limit: 2, tiers: ['gold', 'black'] as const },
]

/**
 * The slots and the reminder are settings written here; the items are created through
 * admin.flashItem.create, as of the start of today (the console refuses a session that is
 * already over, and the demo keeps today's earlier sessions for the e2e flows to travel to).
 */
export async function seedFlashsale(db: Db, now: Date, admin: AdminCall): Promise<void> {
  await db.collection('settings').doc('flashsale').set({
    data: { slots: SLOTS.map((start) => ({ start, minutes: 120 })), reminder: { templateId: 'demo-flash-remind', leadMinutes: 3, fields: { title: 'thing1', time: 'time2' } } },
  })
  const today = businessDay(now)
  await asOf(startOfDay(today), async () => {
    for (const day of [today, addDays(today, 1)]) {
      for (const start of SLOTS) {
        for (const o of OFFERS) {
          const id = `fs-${day.replace(/-/g, '')}-${start.replace(':', '')}-${o.productId}`
          const record = { id, day, start, skuId: o.skuId, flashPriceFen: o.flashPriceFen, stock: o.stock, shards: o.stock >= 100 ? 8 : 1, limit: o.limit, tiers: o.tiers ? [...o.tiers] : null, storeIds: ALL_STORES }
          await admin('flashItem.create', { record })
        }
      }
    }
  })
}
