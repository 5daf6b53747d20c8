/** Valid records and one valid payload for every admin action, for the console's tests. */
import { rid } from './fixtures'

export const storeRecord = (id: string, over: Record<string, unknown> = {}) => ({ id, name: `门店 ${id}`, address: '上海市徐汇区某路 1 号', ...over })
export const sceneRecord = (id: string, storeId: string, over: Record<string, unknown> = {}) => ({ id, storeId, staffId: null, channel: 'poster', label: `海报 ${id}`, campaign: null, tags: [], expiresAt: null, ...over })
export const templateRecord = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  title: `满 30 减 5 ${id}`,
  description: '后台创建',
  benefit: { kind: 'threshold', thresholdFen: 3000, amountFen: 500 },
  channel: 'both',
  scope: { kind: 'all' },
  validity: { kind: 'days', days: 7 },
  stock: 100,
  perMemberLimit: 1,
  issuedBy: 'center',
  refundable: true,
  ...over,
})
export const campaignRecord = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  name: '每周二会员日',
  on: ['order-paid'],
  rule: { kind: 'weekly', weekdays: [2] },
  minTier: 'silver',
  reward: { pointsMultiplier: 2 },
  banner: '每周二会员日，消费积分 2 倍',
  ...over,
})
export const tiers = [
  { code: 'normal', name: '普卡', threshold: 0, colors: { from: '#9CA3AF', to: '#6B7280', text: '#FFFFFF' }, benefits: { pointsMultiplier: 1, birthdayGift: '生日券', memberDayDiscount: 0.95, freeDelivery: false } },
  { code: 'silver', name: '银卡', threshold: 800, colors: { from: '#E5E7EB', to: '#94A3B8', text: '#1F2937' }, benefits: { pointsMultiplier: 1.2, birthdayGift: '生日券', memberDayDiscount: 0.9, freeDelivery: false } },
]
export const pointsRules = { ratePerYuan: 1, expiry: { kind: 'end-of-next-year' }, campaigns: [{ id: 'd11', name: '双十一双倍积分', multiplier: 2, from: '2026-11-11', to: '2026-11-11' }], tillCeilingFen: 500000 }

export const categoryRecord = (id: string, over: Record<string, unknown> = {}) => ({ id, name: `分类${id}`.slice(0, 10), icon: '/static/products/apple.svg', sort: 1, ...over })
export const skuRecord = (id: string, over: Record<string, unknown> = {}) => ({ id, name: '标准装', priceFen: 1990, memberPrices: { silver: 1890, gold: 1790 }, stock: 50, ...over })
export const productRecord = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  name: `商品 ${id}`,
  category: 'cat-1',
  priceFen: 1990,
  unit: '一份',
  description: '后台创建的商品',
  images: [`/static/products/${id}.svg`],
  storeIds: null,
  sort: 10,
  onSale: true,
  skus: [skuRecord(`${id}-s1`)],
  ...over,
})
/** A flash item on 2026-12-01 10:00 (the flash sale tests' day) of the SKU `prod-1-s1`. */
export const flashItemRecord = (id: string, over: Record<string, unknown> = {}) => ({ id, day: '2026-12-01', start: '10:00', skuId: 'prod-1-s1', flashPriceFen: 990, stock: 20, shards: 2, limit: 1, tiers: null, storeIds: ['store-a'], ...over })
/** Leaders are named by card number: LEADER_CARD is a member of the tests (see leaderMember). */
export const teamOfferRecord = (id: string, over: Record<string, unknown> = {}) => ({ id, skuId: 'prod-1-s1', teamPriceFen: 1590, size: 3, windowHours: 24, perMemberLimit: 2, storeIds: ['store-a'], ...over })

export const LEADER_CARD = '880000000777'
export const leaderRecord = (id: string, storeId: string, over: Record<string, unknown> = {}) => ({ id, storeId, name: '陈阿姨', pickupPoint: '滨江花园 3 号门', commissionBp: 500, ...over })
/** A member written straight in with a known card number, to approve as a leader. */
export async function leaderMember(db: any, openid: string, cardNo: string) {
  await db.collection('members').doc(openid).set({ data: { cardNo, tier: 'normal', growth: 0, tierGrowth: 0, nickname: '陈阿姨' } })
}

/** One valid payload per action, aimed at store-b's records where a store matters. */
export const everyAction = (): Record<string, Record<string, unknown>> => ({
  whoami: {},
  'store.list': {},
  'store.get': { id: 'store-b' },
  'store.create': { requestId: rid(), record: storeRecord('store-new') },
  'store.update': { requestId: rid(), record: storeRecord('store-b') },
  'store.retire': { requestId: rid(), id: 'store-b' },
  'scene.list': {},
  'scene.get': { id: 'sB1' },
  'scene.create': { requestId: rid(), record: sceneRecord('sNew', 'store-b') },
  'scene.update': { requestId: rid(), record: sceneRecord('sB1', 'store-b') },
  'scene.retire': { requestId: rid(), id: 'sB1' },
  'scene.qr': { id: 'sB1' },
  'couponTemplate.list': {},
  'couponTemplate.get': { id: 'tpl-1' },
  'couponTemplate.create': { requestId: rid(), record: templateRecord('tpl-new') },
  'couponTemplate.update': { requestId: rid(), record: templateRecord('tpl-1') },
  'couponTemplate.retire': { requestId: rid(), id: 'tpl-1' },
  'campaign.list': {},
  'campaign.get': { id: 'camp-1' },
  'campaign.create': { requestId: rid(), record: campaignRecord('camp-new') },
  'campaign.update': { requestId: rid(), record: campaignRecord('camp-1') },
  'campaign.retire': { requestId: rid(), id: 'camp-1' },
  'category.list': {},
  'category.get': { id: 'cat-1' },
  'category.create': { requestId: rid(), record: categoryRecord('cat-new') },
  'category.update': { requestId: rid(), record: categoryRecord('cat-1') },
  'category.retire': { requestId: rid(), id: 'cat-1' },
  'product.list': {},
  'product.get': { id: 'prod-1' },
  'product.create': { requestId: rid(), record: productRecord('prod-new') },
  'product.update': { requestId: rid(), record: productRecord('prod-1') },
  'product.retire': { requestId: rid(), id: 'prod-1' },
  'product.stock': { requestId: rid(), skuId: 'prod-1-s1', delta: 5 },
  'flashItem.list': {},
  'flashItem.get': { id: 'fi-1' },
  'flashItem.create': { requestId: rid(), record: flashItemRecord('fi-new') },
  'flashItem.update': { requestId: rid(), record: flashItemRecord('fi-1') },
  'flashItem.retire': { requestId: rid(), id: 'fi-1' },
  'flashItem.stock': { requestId: rid(), id: 'fi-1', delta: 5 },
  'leader.list': {},
  'leader.get': { id: LEADER_CARD },
  'leader.create': { requestId: rid(), record: leaderRecord('880000000778', 'store-b') },
  'leader.update': { requestId: rid(), record: leaderRecord(LEADER_CARD, 'store-b') },
  'leader.retire': { requestId: rid(), id: LEADER_CARD },
  'teamOffer.list': {},
  'teamOffer.get': { id: 'team-1' },
  'teamOffer.create': { requestId: rid(), record: teamOfferRecord('team-new') },
  'teamOffer.update': { requestId: rid(), record: teamOfferRecord('team-1') },
  'teamOffer.retire': { requestId: rid(), id: 'team-1' },
  'tiers.get': {},
  'tiers.update': { requestId: rid(), tiers },
  'pointsRules.get': {},
  'pointsRules.update': { requestId: rid(), rules: pointsRules },
  stats: { from: '2026-01-01', to: '2026-01-31' },
  'audit.list': {},
})
