import type { OrderView } from '@/contracts/order'
import { fulfilmentText, orderTime, payableLabel, unitCount } from '@/features/orders/model/order-view'
import { fulfilmentOf, isAddressComplete } from '@/features/orders/model/checkout-draft'

const order = (patch: Partial<OrderView>) => ({ lines: [], store: null, ...patch }) as unknown as OrderView

describe('order view', () => {
  test.each([
    ['unpaid', '需付款'],
    ['cancelled', '应付'],
    ['paid', '实付'],
    ['refunded', '实付'],
  ] as const)('%s says %s', (status, label) => expect(payableLabel(status)).toBe(label))

  test('times read in Shanghai whatever the host timezone', () => {
    expect(orderTime('2026-11-29T16:30:00.000Z')).toBe('2026-11-30 00:30')
    expect(orderTime(null)).toBe('')
  })

  test('pickup shows the store, delivery the address', () => {
    const pickup = order({ fulfilment: { kind: 'pickup', storeId: 's' }, store: { storeId: 's', name: '徐汇滨江店', address: '龙腾大道' } })
    expect(fulfilmentText(pickup)).toEqual({ title: '到店自提 · 徐汇滨江店', detail: '龙腾大道' })
    const delivery = order({ fulfilment: { kind: 'delivery', address: { name: '小鲜', phone: '13800138000', region: '上海市', detail: '1 号' } } })
    expect(fulfilmentText(delivery)).toEqual({ title: '配送到家 · 小鲜 13800138000', detail: '上海市 1 号' })
  })

  test('units count quantities', () => {
    expect(unitCount(order({ lines: [{ quantity: 2 }, { quantity: 3 }] as OrderView['lines'] }))).toBe(5)
  })
})

describe('checkout draft', () => {
  const full = { name: ' 小鲜 ', phone: '13800138000', region: '上海市', detail: '1 号' }
  test('an address is complete only as the contract accepts it', () => {
    expect(isAddressComplete(full)).toBe(true)
    expect(isAddressComplete({ ...full, phone: '1380013800' })).toBe(false)
    expect(isAddressComplete({ ...full, name: '  ' })).toBe(false)
  })
  test('no fulfilment until chosen; the address is sent trimmed', () => {
    expect(fulfilmentOf('pickup', undefined, full)).toBeUndefined()
    expect(fulfilmentOf('pickup', 'store-xuhui', full)).toEqual({ kind: 'pickup', storeId: 'store-xuhui' })
    expect(fulfilmentOf('delivery', undefined, full)).toEqual({ kind: 'delivery', address: { ...full, name: '小鲜' } })
  })
})
