/**
 * Demo data for `npm start` (SEED=demo, on first run): a brand with three stores and
 * their staff, store QR scenes, products with images, points and coupon settings, and
 * one member with history, so every screen has something to show. What the merchant
 * configures (tiers, points rules, stores, scenes, categories, products, coupon
 * templates, flash-sale items, leaders) goes through the console's actions as the demo
 * admin (./admin-calls.ts), so the seed proves them; the demo member's history is made by
 * the real member and staff actions on the dev clock (./demo-member-story.ts). The brand,
 * the staff seats (the staff function's invites) and the points mall are written here.
 */
import { DEFAULT_TIER_TABLE } from '../../src/domain/member'
import { addDays, businessDay, endOfDay, startOfDay } from '../../src/domain/time'
import type { Db } from '../../cloudfunctions/_shared/db'
import { seedSignin } from './signin'
import { seedDemoMemberStory } from './demo-member-story'
import { seedCatalog } from './catalog'
import { seedGroupbuy } from './groupbuy'
import { seedFlashsale } from './flashsale'
import { seedTeams } from './teams'
import { adminCaller } from './admin-calls'

export const DEMO = {
  brand: { brandId: 'xianguo', name: '鲜果会员', deliveryStoreId: 'store-xuhui' },
  member: 'demo-member',
  staff: 'demo-staff',
  admin: 'demo-admin',
  scenes: [
    { id: 'xh-wang', storeId: 'store-xuhui', staffId: 'demo-staff', channel: 'counter', label: '徐汇滨江店 · 店员小王' },
    { id: 'ja-li', storeId: 'store-jingan', staffId: 'staff-jingan-li', channel: 'counter', label: '静安寺店 · 店员小李' },
    { id: 'pd-chen', storeId: 'store-pudong', staffId: 'staff-pudong-chen', channel: 'counter', label: '陆家嘴店 · 店员小陈' },
    { id: 'xh-poster', storeId: 'store-xuhui', staffId: null, channel: 'poster', label: '徐汇滨江店 · 门口海报' },
  ],
} as const

const stores = [
  { _id: 'store-xuhui', name: '徐汇滨江店', address: '上海市徐汇区龙腾大道 2555 号' },
  { _id: 'store-jingan', name: '静安寺店', address: '上海市静安区南京西路 1618 号' },
  { _id: 'store-pudong', name: '陆家嘴店', address: '上海市浦东新区世纪大道 8 号' },
]

const staff = [
  { _id: 'demo-staff', role: 'staff', storeId: 'store-xuhui', name: '小王', active: true },
  { _id: 'staff-xuhui-zhang', role: 'staff', storeId: 'store-xuhui', name: '小张', active: true },
  { _id: 'staff-jingan-li', role: 'staff', storeId: 'store-jingan', name: '小李', active: true },
  { _id: 'staff-pudong-chen', role: 'staff', storeId: 'store-pudong', name: '小陈', active: true },
  { _id: 'demo-admin', role: 'admin', storeId: 'store-xuhui', name: '店长老周', active: true },
]

export { DEMO_PRODUCTS } from './catalog'

const days = (n: number) => ({ kind: 'days' as const, days: n })

/** Coupon templates as the console's records (admin.couponTemplate.create). */
function couponTemplates(now: Date) {
  const today = businessDay(now)
  const base = { channel: 'both', scope: { kind: 'all' }, refundable: true }
  return [
    { id: 'new-member-5', ...base, title: '新人 5 元无门槛券', description: '入会即送，下单直接抵扣', benefit: { kind: 'cash', amountFen: 500 }, validity: days(30), stock: 100000, perMemberLimit: 1, issuedBy: 'new-member' },
    { id: 'member-day-30-5', ...base, title: '会员日满 30 减 5', description: '每周二会员日专享', benefit: { kind: 'threshold', thresholdFen: 3000, amountFen: 500 }, weekdays: [2], validity: days(7), stock: 1000, perMemberLimit: 1, issuedBy: 'center' },
    { id: 'center-85', ...base, title: '全场 8.5 折', description: '最高减 10 元', benefit: { kind: 'discount', rate: 85, capFen: 1000 }, validity: days(7), stock: 200, perMemberLimit: 1, issuedBy: 'center' },
    { id: 'fruit-50-10', ...base, channel: 'store', scope: { kind: 'categories', categories: ['fruit'] }, title: '鲜果满 50 减 10', description: '门店专享，出示券码核销', benefit: { kind: 'threshold', thresholdFen: 5000, amountFen: 1000 }, validity: days(14), stock: 10, perMemberLimit: 1, issuedBy: 'center' },
    { id: 'gold-100-20', ...base, tiers: ['gold', 'black'], title: '金卡专享满 100 减 20', description: '金卡及以上会员可领', benefit: { kind: 'threshold', thresholdFen: 10000, amountFen: 2000 }, validity: { kind: 'fixed', from: startOfDay(today).toISOString(), to: endOfDay(addDays(today, 30)).toISOString() }, stock: 500, perMemberLimit: 1, issuedBy: 'center' },
    { id: 'signin-day7', ...base, title: '连签 7 天 3 元券', description: '连续签到第 7 天赠送', benefit: { kind: 'cash', amountFen: 300 }, validity: days(14), stock: 100000, perMemberLimit: 1000, issuedBy: 'push' },
    { id: 'mall-cash-5', ...base, title: '5 元无门槛券', description: '积分兑换', benefit: { kind: 'cash', amountFen: 500 }, validity: days(30), stock: 5000, perMemberLimit: 10, issuedBy: 'points-mall' },
    { id: 'mall-apple', ...base, channel: 'store', title: '苹果兑换券', description: '门店免费领取一份苹果', benefit: { kind: 'exchange', sku: 'apple', name: '阿克苏冰糖心苹果' }, validity: days(30), stock: 500, perMemberLimit: 5, issuedBy: 'points-mall' },
  ]
}

/** Points rules as the console's record: 1 point a yuan, Tuesday's double points. */
const pointsRules = { ratePerYuan: 1, expiry: { kind: 'end-of-next-year' }, campaigns: [{ id: 'member-day', name: '会员日双倍积分', multiplier: 2, weekdays: [2] }], tillCeilingFen: 500_000 }

const mallItems = [
  { _id: 'mall-coupon-5', kind: 'coupon', couponTemplateId: 'mall-cash-5', title: '5 元无门槛券', description: '全场通用，30 天有效', image: '/static/products/coupon.svg', costPoints: 500, stock: 5000, left: 4821, perMemberLimit: 10, enabled: true, sort: 1 },
  { _id: 'mall-apple', kind: 'coupon', couponTemplateId: 'mall-apple', title: '苹果兑换券', description: '到店免费领取阿克苏苹果一份', image: '/static/products/apple.svg', costPoints: 300, stock: 500, left: 312, perMemberLimit: 5, enabled: true, sort: 2 },
  { _id: 'mall-bag', kind: 'gift', title: '鲜果环保购物袋', description: '到店凭提货码领取', image: '/static/products/bag.svg', costPoints: 800, stock: 50, left: 18, perMemberLimit: 1, enabled: true, sort: 3 },
  { _id: 'mall-knife', kind: 'gift', title: '不锈钢水果刀', description: '到店凭提货码领取', image: '/static/products/knife.svg', costPoints: 1500, stock: 20, left: 0, perMemberLimit: 1, enabled: true, sort: 4 },
]

const set = (db: Db, coll: Parameters<Db['collection']>[0], { _id, ...data }: { _id: string } & Record<string, unknown>) => db.collection(coll).doc(_id).set({ data })

export async function seedDemo(db: Db, now: Date): Promise<void> {
  await set(db, 'settings', { _id: 'brand', ...DEMO.brand })
  // Staff seats come from the staff function's invites; the demo admin's seat opens the console.
  for (const s of staff) await set(db, 'staff', s)
  const admin = adminCaller(DEMO.admin)
  await admin('tiers.update', { tiers: DEFAULT_TIER_TABLE })
  await admin('pointsRules.update', { rules: pointsRules })
  for (const { _id, ...s } of stores) await admin('store.create', { record: { id: _id, ...s } })
  for (const s of DEMO.scenes) await admin('scene.create', { record: { ...s, campaign: null, tags: [], expiresAt: null } })
  await seedCatalog(admin)
  for (const t of couponTemplates(now)) await admin('couponTemplate.create', { record: t })
  for (const m of mallItems) await set(db, 'mall_items', m)
  await seedSignin(db)
  await seedDemoMemberStory(db, now)
  await seedGroupbuy(db, now, admin)
  await seedFlashsale(db, now, admin)
  await seedTeams(admin)
}
