import { ledgerDetail } from '@/domain/points'

describe('ledgerDetail: what each history entry was', () => {
  const names = { items: new Map([['mall-bag', '鲜果环保购物袋']]), stores: new Map([['xh', '徐汇店']]) }
  test.each([
    ['adjust.admin', { type: 'admin', id: '门店活动补发' }, '原因：门店活动补发'],
    ['earn.till', { type: 'till', id: 'R20261217001', storeId: 'xh' }, '徐汇店 · 小票 R20261217001'],
    ['earn.till', { type: 'till', id: 'R20261217001', storeId: 'closed' }, '小票 R20261217001'],
    ['earn.till', { type: 'till', id: 'R20261217001' }, '小票 R20261217001'],
    ['spend.mall', { type: 'mall', id: 'mall-bag' }, '鲜果环保购物袋'],
    ['spend.mall', { type: 'mall', id: 'gone' }, undefined],
    ['earn.signin', { type: 'signin', id: '2026-12-14' }, '12月14日签到'],
    ['spend.makeup', { type: 'signin', id: '2026-12-04' }, '补签 12月4日'],
    ['expire', { type: 'lot', id: 'x' }, undefined],
    ['adjust.admin', null, undefined],
  ] as const)('%s %j → %p', (code, ref, detail) => {
    expect(ledgerDetail(code, ref, names)).toBe(detail)
  })
})
