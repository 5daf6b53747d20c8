/**
 * Demo team-buy (拼团) offers: 阳光玫瑰葡萄 at 29.9 for teams of 3 and 贵妃芒 at 19.9 for
 * teams of 2, 24 hours to fill, at every demo store. The merchant sets offers in the console
 * (admin.teamOffer.create, which reads the product's name, unit, image and list price from
 * the catalog); members open and join teams from the product page.
 */
import type { AdminCall } from './admin-calls'

const ALL_STORES = ['store-xuhui', 'store-jingan', 'store-pudong']

export const DEMO_TEAM_OFFERS = [
  { id: 'team-grape', skuId: 'grape-1', teamPriceFen: 2990, size: 3, windowHours: 24, perMemberLimit: 2, storeIds: ALL_STORES },
  { id: 'team-mango', skuId: 'mango-1kg', teamPriceFen: 1990, size: 2, windowHours: 24, perMemberLimit: 1, storeIds: ALL_STORES },
]

export async function seedTeams(admin: AdminCall): Promise<void> {
  for (const record of DEMO_TEAM_OFFERS) await admin('teamOffer.create', { record })
}
