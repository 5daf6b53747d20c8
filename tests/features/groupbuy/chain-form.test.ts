import { groupbuyContracts } from '@/contracts/groupbuy'
import { chainFormErrors, createInputOf, EMPTY_CHAIN_FORM, shanghaiInstant, type ChainForm } from '@/features/groupbuy/model/chain-form'

// 2026-12-04 10:00:00 Shanghai
const NOW = new Date('2026-12-04T02:00:00.000Z')
const cherry = { skuId: 'cherry-gift', name: '智利车厘子', skuName: '5斤装', listPriceFen: 19900, chainPrice: '169', stock: '50' }
const good: ChainForm = { ...EMPTY_CHAIN_FORM, title: '智利车厘子 JJ 级', products: [cherry], perPersonLimit: '5', deadlineDate: '2026-12-05', deadlineTime: '20:00:00', pickupDate: '2026-12-06', pickupFromTime: '14:00', pickupToTime: '20:00' }

test.each<[string, Partial<ChainForm>, Record<string, string>]>([
  ['a good chain', {}, {}],
  ['no title', { title: '  ' }, { title: '请填写接龙标题（30 字以内）' }],
  ['a 31-character title', { title: '车'.repeat(31) }, { title: '请填写接龙标题（30 字以内）' }],
  ['no product', { products: [] }, { products: '请至少选择一个商品' }],
  ['a price with three decimals', { products: [{ ...cherry, chainPrice: '16.999' }] }, { 'product.cherry-gift': '智利车厘子：请填写接龙价（元，最多两位小数）' }],
  ['a zero price', { products: [{ ...cherry, chainPrice: '0' }] }, { 'product.cherry-gift': '智利车厘子：请填写接龙价（元，最多两位小数）' }],
  ['no stock', { products: [{ ...cherry, stock: '0' }] }, { 'product.cherry-gift': '智利车厘子：库存为 1–100000 的整数' }],
  ['a fractional stock', { products: [{ ...cherry, stock: '2.5' }] }, { 'product.cherry-gift': '智利车厘子：库存为 1–100000 的整数' }],
  ['a limit of 100', { perPersonLimit: '100' }, { perPersonLimit: '每人限购为 1–99 的整数' }],
  ['a deadline in the past', { deadlineDate: '2026-12-04', deadlineTime: '09:59:59' }, { deadline: '截团时间需晚于现在' }],
  ['a deadline exactly now', { deadlineDate: '2026-12-04', deadlineTime: '10:00:00' }, { deadline: '截团时间需晚于现在' }],
  ['30 February', { deadlineDate: '2026-02-30' }, { deadline: '请填写截团日期和时间（如 2026-12-05 20:00:00）' }],
  ['25 o’clock', { deadlineTime: '25:00' }, { deadline: '请填写截团日期和时间（如 2026-12-05 20:00:00）' }],
  ['a pickup window backwards', { pickupFromTime: '20:00', pickupToTime: '14:00' }, { pickup: '自提结束时间需晚于开始时间' }],
  ['pickup before the deadline', { pickupDate: '2026-12-05' }, { pickup: '自提时间需在截团之后' }],
])('%s', (_name, change, errors) => {
  expect(chainFormErrors({ ...good, ...change }, NOW)).toEqual(errors)
})

test('the deadline is Shanghai wall clock to the second, whatever the device’s timezone', () => {
  expect(shanghaiInstant('2026-12-05', '23:59:59')?.toISOString()).toBe('2026-12-05T15:59:59.000Z')
  expect(shanghaiInstant('2026-12-05', '00:00')?.toISOString()).toBe('2026-12-04T16:00:00.000Z')
})

test('a valid form makes an input the create contract accepts, with fen', () => {
  const input = createInputOf({ ...good, products: [{ ...cherry, chainPrice: '45.9' }] })
  expect(input.products).toEqual([{ skuId: 'cherry-gift', chainPriceFen: 4590, stock: 50, unit: '5斤装' }])
  expect(input.deadline).toBe('2026-12-05T12:00:00.000Z')
  expect(groupbuyContracts.create.input.safeParse({ ...input, requestId: 'req-chain-form-1' }).success).toBe(true)
})
