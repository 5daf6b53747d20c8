import { changeNotice, quantitiesOf } from '@/features/groupbuy/model/entry-change'

const product = (key: string, left: number) => ({ key, skuId: `s${key}`, name: `p${key}`, image: '', unit: '份', category: '', listPriceFen: 100, chainPriceFen: 90, stock: 50, left, sold: 50 - left })

describe('changeNotice', () => {
  test('a paid entry: cancelled with a refund through the store, a new number when paid, the limit still counted until refunded', () => {
    const { title, content } = changeNotice({ status: 'paid', no: 37 })
    expect(title).toBe('修改接龙')
    for (const part of ['第 37 位', '原路退款', '重新参与', '新的接龙号', '每人限购']) expect(content).toContain(part)
  })

  test('an unpaid entry: cancelled, no refund', () => {
    const { content } = changeNotice({ status: 'unpaid', no: null })
    expect(content).toContain('未支付')
    expect(content).not.toContain('退款')
  })
})

describe('quantitiesOf', () => {
  const chain = { perPersonLimit: 3, products: [product('0', 10), product('1', 1), product('2', 0)] }

  test.each([
    ['the same quantities', [{ key: '0', quantity: 2 }], { '0': 2 }],
    ['within the per-person limit', [{ key: '0', quantity: 5 }], { '0': 3 }],
    ['within what is left', [{ key: '1', quantity: 2 }], { '1': 1 }],
    ['none left: dropped', [{ key: '2', quantity: 1 }], {}],
    ['a product no longer in the chain: dropped', [{ key: '9', quantity: 1 }], {}],
    ['several products', [{ key: '0', quantity: 1 }, { key: '1', quantity: 1 }], { '0': 1, '1': 1 }],
    ['no lines', [], {}],
  ])('%s', (_, lines, expected) => {
    expect(quantitiesOf({ lines }, chain)).toEqual(expected)
  })
})
