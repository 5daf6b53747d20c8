/**
 * Demo team-buy (拼团) offers: 阳光玫瑰葡萄 at 29.9 for teams of 3 and 贵妃芒 at 19.9 for
 * teams of 2, 24 hours to fill, at every demo store. The merchant sets offers; members
 * open and join teams from the product page.
 */
import type { Db } from '../../cloudfunctions/_shared/db'

const ALL_STORES = ['store-xuhui', 'store-jingan', 'store-pudong']

export const DEMO_TEAM_OFFERS = [
  { _id: 'team-grape', productId: 'grape', skuId: 'grape-1', name: '阳光玫瑰葡萄', unit: '一串约 600g', image: '/static/products/grape.svg', listPriceFen: 3990, teamPriceFen: 2990, size: 3, windowHours: 24, perMemberLimit: 2, storeIds: ALL_STORES, enabled: true },
  { _id: 'team-mango', productId: 'mango', skuId: 'mango-1kg', name: '海南贵妃芒', unit: '约 1kg', image: '/static/products/mango.svg', listPriceFen: 2590, teamPriceFen: 1990, size: 2, windowHours: 24, perMemberLimit: 1, storeIds: ALL_STORES, enabled: true },
]

export async function seedTeams(db: Db): Promise<void> {
  for (const { _id, ...offer } of DEMO_TEAM_OFFERS) await db.collection('team_offers').doc(_id).set({ data: offer })
}
