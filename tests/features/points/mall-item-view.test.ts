import type { MallItem } from '@/contracts/points'
import { confirmText, mallItemView, spacedCode } from '@/features/points/model/mall-item-view'

const item = (over: Partial<MallItem> = {}): MallItem => ({
  id: 'mall-bag',
  kind: 'gift',
  title: '鲜果环保购物袋',
  description: '到店凭提货码领取',
  image: '/static/products/bag.svg',
  costPoints: 800,
  stock: 50,
  left: 18,
  perMemberLimit: 1,
  redeemedByMe: 0,
  ...over,
})

describe('mallItemView', () => {
  test('an item the member can take', () => {
    expect(mallItemView(item(), 1215)).toEqual({ cost: '800 积分', stock: '剩余 18', limit: '每人限兑 1 件', mine: null, block: null, action: '立即兑换', shortfall: 0 })
  })

  test('exactly enough points is enough', () => {
    expect(mallItemView(item(), 800).block).toBeNull()
  })

  test('short of points: says by how much', () => {
    const view = mallItemView(item(), 415)
    expect([view.block, view.action, view.shortfall]).toEqual(['insufficient', '积分不足', 385])
  })

  test('sold out wins over a short balance', () => {
    const view = mallItemView(item({ left: 0 }), 0)
    expect([view.block, view.action, view.stock]).toEqual(['sold-out', '已兑完', '已兑完'])
  })

  test('the member’s own limit is said before sold out (the server’s order too)', () => {
    const view = mallItemView(item({ left: 0, redeemedByMe: 1 }), 0)
    expect([view.block, view.action, view.stock]).toEqual(['limit-reached', '已达兑换上限', '已兑完'])
  })

  test('the limit reached wins over a short balance', () => {
    const view = mallItemView(item({ redeemedByMe: 1 }), 415)
    expect([view.block, view.action, view.mine]).toEqual(['limit-reached', '已达兑换上限', '已兑 1/1'])
  })

  test('below the limit shows what was taken so far', () => {
    const view = mallItemView(item({ perMemberLimit: 10, redeemedByMe: 3 }), 5000)
    expect([view.block, view.mine, view.limit]).toEqual([null, '已兑 3/10', '每人限兑 10 件'])
  })

  test('big numbers get separators', () => {
    const view = mallItemView(item({ costPoints: 12000, left: 4821 }), 0)
    expect([view.cost, view.stock]).toEqual(['12,000 积分', '剩余 4,821'])
  })
})

describe('confirmText', () => {
  test('names the cost and the item', () => {
    expect(confirmText({ costPoints: 500, title: '5 元无门槛券' })).toBe('确认使用 500 积分兑换 5 元无门槛券？')
    expect(confirmText({ costPoints: 800, title: '鲜果环保购物袋' })).toBe('确认使用 800 积分兑换鲜果环保购物袋？')
    expect(confirmText({ costPoints: 1500, title: 'VIP 礼盒' })).toBe('确认使用 1,500 积分兑换 VIP 礼盒？')
  })
})

describe('spacedCode', () => {
  test.each([
    ['12345678', '1234 5678'],
    ['1234', '1234'],
    ['123456789', '1234 5678 9'],
    ['', ''],
  ])('%s → %s', (code, spaced) => expect(spacedCode(code)).toBe(spaced))
})
