import { flashItemRecord, leaderRecord, productRecord } from '@/contracts/admin-records'
import { EMPTY_FLASH_FORM, flashFormErrors, flashRecordOf } from '@/features/admin/logic/flash-form'
import { EMPTY_LEADER_FORM, leaderFormErrors, leaderRecordOf } from '@/features/admin/logic/leader-form'
import { EMPTY_PRODUCT_FORM, productFormErrors, productRecordOf } from '@/features/admin/logic/product-form'
import { stockChangeError } from '@/features/admin/logic/stock-change'

const product = { ...EMPTY_PRODUCT_FORM, id: 'kiwi', name: '佳沛阳光金果', unit: '6 个装', skuId: 'kiwi-6', skuName: '6 个装', priceYuan: '39.9', goldYuan: '35.9', storeIds: 'store-a, store-b' }
const flash = { ...EMPTY_FLASH_FORM, id: 'fs-kiwi', day: '2026-12-12', skuId: 'kiwi-6', flashPriceYuan: '19.9', storeIds: 'store-a' }
const leader = { ...EMPTY_LEADER_FORM, cardNo: '880099990001', storeId: 'store-a', name: '陈阿姨', pickupPoint: '滨江花园 3 号门', commissionPercent: '5.5' }

describe('商品', () => {
  test.each([
    ['a good product', product, {}],
    ['a price in yuan with three decimals', { ...product, priceYuan: '39.999' }, { priceYuan: '请填写售价，如 12.9' }],
    ['a negative price', { ...product, priceYuan: '-1' }, { priceYuan: '请填写售价，如 12.9' }],
    ['a member price above the price', { ...product, goldYuan: '40' }, { goldYuan: '金卡价不能高于售价' }],
    ['stock below zero', { ...product, stock: '-1' }, { stock: '库存为 0–1000000 的整数' }],
    ['a huge stock', { ...product, stock: '99999999' }, { stock: '库存为 0–1000000 的整数' }],
    ['a bad store id', { ...product, storeIds: 'store a!' }, { storeIds: '门店编号用逗号分隔；留空表示全部门店' }],
  ])('%s', (_name, form, errors) => expect(productFormErrors(form)).toEqual(errors))

  test('the record passes the contract, in fen', () => {
    const record = productRecordOf(product)
    expect(productRecord.safeParse(record).success).toBe(true)
    expect(record).toMatchObject({ priceFen: 3990, storeIds: ['store-a', 'store-b'], skus: [{ priceFen: 3990, memberPrices: { gold: 3590 }, stock: 100 }] })
    expect(productRecordOf({ ...product, storeIds: '' }).storeIds).toBeNull()
  })
})

describe('秒杀', () => {
  test.each([
    ['a good item', flash, {}],
    ['no day', { ...flash, day: '12-12' }, { day: '日期格式为 2026-12-01' }],
    ['a price of 0', { ...flash, flashPriceYuan: '0' }, { flashPriceYuan: '请填写秒杀价，至少 0.01 元' }],
    ['no store', { ...flash, storeIds: '' }, { storeIds: '请填写自提门店编号，逗号分隔' }],
    ['65 shards', { ...flash, shards: '65' }, { shards: '分片数为 1–64，热门商品可多分几片' }],
  ])('%s', (_name, form, errors) => expect(flashFormErrors(form)).toEqual(errors))

  test('the record passes the contract', () => {
    expect(flashItemRecord.safeParse(flashRecordOf(flash)).success).toBe(true)
  })
})

describe('团长', () => {
  test.each([
    ['a good leader', leader, {}],
    ['a card number with letters', { ...leader, cardNo: '88009999A' }, { cardNo: '请填写会员卡号（6–20 位数字）' }],
    ['31%', { ...leader, commissionPercent: '31' }, { commissionPercent: '佣金比例为 0–30（%）' }],
  ])('%s', (_name, form, errors) => expect(leaderFormErrors(form)).toEqual(errors))

  test('the record passes the contract, in basis points', () => {
    expect(leaderRecordOf(leader).commissionBp).toBe(550)
    expect(leaderRecord.safeParse(leaderRecordOf(leader)).success).toBe(true)
  })
})

test.each([
  ['+20', null],
  ['-5', null],
  ['0', '请填写调整数量，如 +20 或 -5'],
  ['2.5', '请填写调整数量，如 +20 或 -5'],
  ['+2000000', '一次最多调整 1000000 件'],
])('调整库存 %s', (text, error) => expect(stockChangeError(text)).toBe(error))
