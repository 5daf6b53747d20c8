/**
 * Demo data for `npm start` (SEED=demo, on first run): a brand with three stores and
 * their staff, store QR scenes, products with images, points and coupon settings, and
 * one member with history, so every screen has something to show. Written straight
 * into the database; merchant admin actions will take this over when they exist.
 */
import { DEFAULT_TIER_TABLE } from '../../src/domain/member'
import { pointsExpiry } from '../../src/domain/points'
import { addDays, businessDay, endOfDay, startOfDay } from '../../src/domain/time'
import { postEarning, postSpending } from '../../cloudfunctions/_shared/points-ledger'
import type { Db } from '../../cloudfunctions/_shared/db'
import { seedSignin } from './signin'
import { seedCatalog } from './catalog'
import { seedGroupbuy } from './groupbuy'
import { seedFlashsale } from './flashsale'

export const DEMO = {
  brand: { brandId: 'xianguo', name: '鲜果会员' },
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

export const DEMO_PRODUCTS = [
  { _id: 'apple', name: '阿克苏冰糖心苹果', category: 'fruit', priceFen: 1290, unit: '约 500g', color: '#e5484d' },
  { _id: 'orange', name: '赣南脐橙', category: 'fruit', priceFen: 990, unit: '约 500g', color: '#f76b15' },
  { _id: 'grape', name: '阳光玫瑰葡萄', category: 'fruit', priceFen: 3990, unit: '一串约 600g', color: '#46a758' },
  { _id: 'strawberry', name: '丹东红颜草莓', category: 'fruit', priceFen: 4990, unit: '一盒 500g', color: '#e54666' },
  { _id: 'mango', name: '海南贵妃芒', category: 'fruit', priceFen: 2590, unit: '约 1kg', color: '#ffc53d' },
  { _id: 'cherry', name: '智利车厘子 JJ 级', category: 'fruit', priceFen: 8990, unit: '一盒 1kg', color: '#9b1c31' },
  { _id: 'juice', name: '鲜榨橙汁', category: 'drink', priceFen: 1500, unit: '350ml', color: '#ffb224' },
  { _id: 'nuts', name: '每日坚果', category: 'snack', priceFen: 3900, unit: '30 包', color: '#a18072' },
]

const days = (n: number) => ({ kind: 'days' as const, days: n })

function couponTemplates(now: Date) {
  const today = businessDay(now)
  const base = { channel: 'both', scope: { kind: 'all' }, refundable: true, enabled: true }
  return [
    { _id: 'new-member-5', ...base, title: '新人 5 元无门槛券', description: '入会即送，下单直接抵扣', kind: 'cash', amountFen: 500, validity: days(30), stock: 100000, left: 100000, perMemberLimit: 1, issuedBy: 'new-member' },
    { _id: 'member-day-30-5', ...base, title: '会员日满 30 减 5', description: '每周二会员日专享', kind: 'threshold', thresholdFen: 3000, amountFen: 500, weekdays: [2], validity: days(7), stock: 1000, left: 1000, perMemberLimit: 1, issuedBy: 'center' },
    { _id: 'center-85', ...base, title: '全场 8.5 折', description: '最高减 10 元', kind: 'discount', rate: 85, capFen: 1000, validity: days(7), stock: 200, left: 137, perMemberLimit: 1, issuedBy: 'center' },
    { _id: 'fruit-50-10', ...base, channel: 'store', scope: { kind: 'categories', categories: ['fruit'] }, title: '鲜果满 50 减 10', description: '门店专享，出示券码核销', kind: 'threshold', thresholdFen: 5000, amountFen: 1000, validity: days(14), stock: 10, left: 3, perMemberLimit: 1, issuedBy: 'center' },
    { _id: 'gold-100-20', ...base, tiers: ['gold', 'black'], title: '金卡专享满 100 减 20', description: '金卡及以上会员可领', kind: 'threshold', thresholdFen: 10000, amountFen: 2000, validity: { kind: 'fixed', from: startOfDay(today), to: endOfDay(addDays(today, 30)) }, stock: 500, left: 500, perMemberLimit: 1, issuedBy: 'center' },
    { _id: 'signin-day7', ...base, title: '连签 7 天 3 元券', description: '连续签到第 7 天赠送', kind: 'cash', amountFen: 300, validity: days(14), stock: 100000, left: 100000, perMemberLimit: 1000, issuedBy: 'push' },
    { _id: 'mall-cash-5', ...base, title: '5 元无门槛券', description: '积分兑换', kind: 'cash', amountFen: 500, validity: days(30), stock: 5000, left: 5000, perMemberLimit: 10, issuedBy: 'points-mall' },
    { _id: 'mall-apple', ...base, channel: 'store', title: '苹果兑换券', description: '门店免费领取一份苹果', kind: 'exchange', sku: 'apple', name: '阿克苏冰糖心苹果', validity: days(30), stock: 500, left: 500, perMemberLimit: 5, issuedBy: 'points-mall' },
  ]
}

const mallItems = [
  { _id: 'mall-coupon-5', kind: 'coupon', couponTemplateId: 'mall-cash-5', title: '5 元无门槛券', description: '全场通用，30 天有效', image: '/static/products/coupon.svg', costPoints: 500, stock: 5000, left: 4821, perMemberLimit: 10, enabled: true, sort: 1 },
  { _id: 'mall-apple', kind: 'coupon', couponTemplateId: 'mall-apple', title: '苹果兑换券', description: '到店免费领取阿克苏苹果一份', image: '/static/products/apple.svg', costPoints: 300, stock: 500, left: 312, perMemberLimit: 5, enabled: true, sort: 2 },
  { _id: 'mall-bag', kind: 'gift', title: '鲜果环保购物袋', description: '到店凭提货码领取', image: '/static/products/bag.svg', costPoints: 800, stock: 50, left: 18, perMemberLimit: 1, enabled: true, sort: 3 },
  { _id: 'mall-knife', kind: 'gift', title: '不锈钢水果刀', description: '到店凭提货码领取', image: '/static/products/knife.svg', costPoints: 1500, stock: 20, left: 0, perMemberLimit: 1, enabled: true, sort: 4 },
]

const set = (db: Db, coll: Parameters<Db['collection']>[0], { _id, ...data }: { _id: string } & Record<string, unknown>) => db.collection(coll).doc(_id).set({ data })

export async function seedDemo(db: Db, now: Date): Promise<void> {
  await set(db, 'settings', { _id: 'brand', ...DEMO.brand })
  await set(db, 'settings', { _id: 'tiers', tiers: DEFAULT_TIER_TABLE })
  await set(db, 'settings', { _id: 'points', ratePerYuan: 1, campaigns: [{ id: 'member-day', name: '会员日双倍积分', multiplier: 2, weekdays: [2] }] })
  for (const s of stores) await set(db, 'stores', s)
  for (const s of staff) await set(db, 'staff', s)
  for (const s of DEMO.scenes) await set(db, 'scenes', { _id: s.id, storeId: s.storeId, staffId: s.staffId, channel: s.channel, label: s.label, campaign: null, tags: [], enabled: true, expiresAt: null })
  for (const { color: _color, ...p } of DEMO_PRODUCTS) await set(db, 'products', { ...p, image: `/static/products/${p._id}.svg` })
  await seedCatalog(db, DEMO_PRODUCTS)
  for (const t of couponTemplates(now)) await set(db, 'coupon_templates', t)
  for (const m of mallItems) await set(db, 'mall_items', m)
  await seedMember(db, now)
  await seedSignin(db, now)
  await seedGroupbuy(db, now)
  await seedFlashsale(db, now)
  await (await import('./teams')).seedTeams(db)
}

/** The demo member: joined at the Xuhui store two months ago, a 银卡 with points and coupons. */
async function seedMember(db: Db, now: Date): Promise<void> {
  const id = DEMO.member
  const ago = (d: number) => new Date(now.getTime() - d * 86_400_000)
  const joinedAt = ago(62)
  const attribution = { sceneId: 'xh-wang', storeId: 'store-xuhui', staffId: 'demo-staff', channel: 'counter', campaign: null, tags: [], at: joinedAt }
  await set(db, 'members', { _id: id, cardNo: '880012345678', joinedAt, consent: { version: '2026.1', at: joinedAt }, attribution, nickname: '小鲜', avatarUrl: '', phone: '13800138000', birthday: null, birthdaySetBy: null, growth: 1280, tierGrowth: 1280, tier: 'silver', tierReviewedAt: null })
  await db.collection('member_touches').add({ data: { memberId: id, ...attribution, firstTouch: true, ignored: null } })
  await db.collection('growth_ledger').add({ data: { memberId: id, requestId: 'seed-spend', code: 'growth.spend', amount: 1280, at: ago(30) } })
  const earn = (requestId: string, code: 'earn.till' | 'earn.signin' | 'earn.campaign', amount: number, at: Date) =>
    db.runTransaction((tx) => postEarning(tx, { memberId: id, requestId, code, amount, expiresAt: pointsExpiry(at), ref: { type: 'seed', id: requestId }, now: at }))
  await earn('seed-till-1', 'earn.till', 1280, ago(30))
  await earn('seed-campaign', 'earn.campaign', 200, ago(21))
  // In date order, so each entry's balanceAfter reads right in the history.
  await db.runTransaction((tx) => postSpending(tx, { memberId: id, requestId: 'seed-mall', code: 'spend.mall', amount: 300, ref: { type: 'mall', id: 'mall-apple' }, now: ago(10) }))
  await earn('seed-signin', 'earn.signin', 35, ago(3))
  const coupon = (couponId: string, templateId: string, title: string, rules: Record<string, unknown>, validFrom: Date, validTo: Date, status = 'available') =>
    set(db, 'coupons', { _id: couponId, templateId, ownerId: id, status, title, channel: 'both', scope: { kind: 'all' }, validFrom, validTo, claimedAt: validFrom, ...rules })
  await coupon('seed-coupon-new', 'new-member-5', '新人 5 元无门槛券', { kind: 'cash', amountFen: 500 }, ago(5), endOfDay(addDays(businessDay(now), 25)))
  await coupon('seed-coupon-85', 'center-85', '全场 8.5 折', { kind: 'discount', rate: 85, capFen: 1000 }, ago(5), endOfDay(addDays(businessDay(now), 2)))
  await coupon('seed-coupon-used', 'member-day-30-5', '会员日满 30 减 5', { kind: 'threshold', thresholdFen: 3000, amountFen: 500, weekdays: [2] }, ago(20), ago(13), 'used')
  await set(db, 'coupon_claims', { _id: `new-member-5:${id}`, templateId: 'new-member-5', memberId: id, count: 1 })
  await set(db, 'coupon_claims', { _id: `center-85:${id}`, templateId: 'center-85', memberId: id, count: 1 })
}
