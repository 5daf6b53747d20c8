/**
 * Demo catalog: categories and the products of DEMO_PRODUCTS (ids that coupon scopes and
 * the points mall name) with descriptions, images, the stores that carry them and their
 * SKUs (price in fen, member prices by tier, stock). A product's own `priceFen` and `unit`
 * are what coupon.products shows; the feed and the detail price from the SKUs.
 */
import type { AdminCall } from './admin-calls'

export const DEMO_CATEGORIES = [
  { _id: 'fruit', name: '时令鲜果', icon: '/static/products/apple.svg', sort: 1 },
  { _id: 'drink', name: '鲜榨饮品', icon: '/static/products/juice.svg', sort: 2 },
  { _id: 'snack', name: '坚果零食', icon: '/static/products/nuts.svg', sort: 3 },
]

type SkuSeed = { id: string; name: string; priceFen: number; memberPrices?: Partial<Record<'silver' | 'gold' | 'black', number>>; stock: number }
type ProductSeed = { id: string; description: string; storeIds: string[] | null; skus: SkuSeed[] }

export const DEMO_CATALOG: ProductSeed[] = [
  { id: 'apple', description: '新疆阿克苏，果心透明糖心，脆甜多汁。', storeIds: null, skus: [
    { id: 'apple-500g', name: '约 500g', priceFen: 1290, memberPrices: { silver: 1190, gold: 1090, black: 990 }, stock: 200 },
    { id: 'apple-5jin', name: '5斤装', priceFen: 5990, memberPrices: { silver: 5690, gold: 5390, black: 4990 }, stock: 50 },
  ] },
  { id: 'orange', description: '江西赣南脐橙，皮薄易剥，酸甜适口。', storeIds: null, skus: [
    { id: 'orange-500g', name: '约 500g', priceFen: 990, stock: 300 },
    { id: 'orange-10jin', name: '10斤装', priceFen: 8990, memberPrices: { gold: 7990, black: 7590 }, stock: 40 },
  ] },
  { id: 'grape', description: '云南阳光玫瑰，玫瑰香气，无籽可连皮吃。', storeIds: null, skus: [
    { id: 'grape-1', name: '一串约 600g', priceFen: 3990, memberPrices: { silver: 3790, gold: 3590 }, stock: 80 },
    { id: 'grape-2', name: '两串装', priceFen: 7580, memberPrices: { silver: 7180, gold: 6880 }, stock: 30 },
  ] },
  { id: 'strawberry', description: '丹东红颜草莓，当日到店，仅部分门店有售。', storeIds: ['store-xuhui', 'store-jingan'], skus: [
    { id: 'strawberry-500g', name: '一盒 500g', priceFen: 4990, memberPrices: { gold: 4590 }, stock: 30 },
  ] },
  { id: 'mango', description: '海南贵妃芒，香甜细腻。', storeIds: null, skus: [
    { id: 'mango-1kg', name: '约 1kg', priceFen: 2590, stock: 120 },
    { id: 'mango-5jin', name: '5斤装', priceFen: 5990, memberPrices: { silver: 5590, gold: 5290, black: 4990 }, stock: 25 },
  ] },
  { id: 'cherry', description: '智利进口 JJ 级车厘子，冷链直达。', storeIds: null, skus: [
    { id: 'cherry-1kg', name: '一盒 1kg', priceFen: 8990, memberPrices: { gold: 8490, black: 7990 }, stock: 40 },
    { id: 'cherry-gift', name: '5斤礼盒', priceFen: 19900, memberPrices: { black: 17900 }, stock: 3 },
  ] },
  { id: 'juice', description: '门店现榨，不加一滴水。仅徐汇滨江店供应。', storeIds: ['store-xuhui'], skus: [
    { id: 'juice-350', name: '350ml', priceFen: 1500, memberPrices: { silver: 1400, gold: 1300, black: 1200 }, stock: 60 },
  ] },
  { id: 'nuts', description: '每日坚果，六种坚果果干科学配比。', storeIds: null, skus: [
    { id: 'nuts-7', name: '7 包尝鲜装', priceFen: 1000, stock: 100 },
    { id: 'nuts-30', name: '30 包', priceFen: 3900, memberPrices: { silver: 3700, gold: 3500, black: 3300 }, stock: 100 },
  ] },
]

/** The products' names, list prices, units and categories (what coupon scopes and the points mall name). */
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

/** The categories and products, created through the console's actions (admin.category.create, admin.product.create). */
export async function seedCatalog(admin: AdminCall): Promise<void> {
  for (const { _id, ...c } of DEMO_CATEGORIES) await admin('category.create', { record: { id: _id, ...c } })
  for (const [i, p] of DEMO_CATALOG.entries()) {
    const base = DEMO_PRODUCTS.find((b) => b._id === p.id)!
    const skus = p.skus.map((s) => ({ id: s.id, name: s.name, priceFen: s.priceFen, memberPrices: s.memberPrices ?? {}, stock: s.stock }))
    const record = { id: p.id, name: base.name, category: base.category, priceFen: base.priceFen, unit: base.unit, description: p.description, images: [`/static/products/${p.id}.svg`], storeIds: p.storeIds, sort: i + 1, onSale: true, skus }
    await admin('product.create', { record })
  }
}
