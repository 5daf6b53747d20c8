const memory = new Map<string, string>()
jest.mock('@/lib/taro-storage', () => ({
  taroStorage: { get: (k: string) => memory.get(k), set: (k: string, v: string) => void memory.set(k, v), remove: (k: string) => void memory.delete(k) },
}))
jest.mock('@/lib/cloud', () => ({ isCloudError: (e: { code?: string }) => typeof e?.code === 'string' }))

const server = { lines: new Map<string, number>(), updates: [] as { skuId: string; quantity: number }[][], merges: [] as unknown[] }
const itemsOf = () => [...server.lines].map(([skuId, quantity]) => ({ skuId, productId: `p-${skuId}`, name: skuId, skuName: '5斤装', image: '', category: 'fruit', priceFen: 1000, myPriceFen: 900, quantity, stock: 9 }))
jest.mock('@/features/orders/api/cart', () => ({
  getServerCart: async () => ({ items: itemsOf() }),
  updateServerCart: async (lines: { skuId: string; quantity: number }[]) => {
    server.updates.push(lines)
    await Promise.resolve()
    for (const l of lines) {
      if (l.quantity) server.lines.set(l.skuId, l.quantity)
      else server.lines.delete(l.skuId)
    }
    return { items: itemsOf() }
  },
  mergeIntoServerCart: async (lines: { skuId: string; quantity: number }[]) => {
    server.merges.push(lines)
    for (const l of lines) server.lines.set(l.skuId, (server.lines.get(l.skuId) ?? 0) + l.quantity)
    return { items: itemsOf() }
  },
}))

import { cartActions, cartItemsOf, GUEST } from '@/features/orders/stores/cart'
import { cartCommands, loadServerCart } from '@/features/orders/stores/cart-commands'

const item = (skuId: string) => ({ skuId, productId: `p-${skuId}`, name: skuId, spec: '5斤装', priceFen: 1000, image: '', category: 'fruit' })

test('a visitor’s device cart merges into the member’s server cart on joining, once', async () => {
  server.lines = new Map([['apple', 1]])
  cartActions(GUEST).add(item('apple'), 2)
  cartActions(GUEST).add(item('pear'), 1)
  await loadServerCart('880000000001')
  await loadServerCart('880000000001')
  expect(server.merges).toHaveLength(1)
  expect(cartItemsOf(GUEST)).toHaveLength(0)
  expect(cartItemsOf('880000000001').map((i) => [i.skuId, i.quantity, i.priceFen])).toEqual([['apple', 3, 900], ['pear', 1, 900]])
})

test('a double tap adds twice on the device at once and reaches the server as the latest quantity, in order', async () => {
  server.lines = new Map()
  server.updates = []
  const cart = cartCommands('880000000002')
  cart.add(item('kiwi'), 1)
  cart.add(item('kiwi'), 1)
  cart.add(item('kiwi'), 1)
  expect(cartItemsOf('880000000002')[0].quantity).toBe(3)
  // Opening the cart waits for what is on the way, then reads the server's cart.
  await loadServerCart('880000000002')
  expect(server.updates).toEqual([[{ skuId: 'kiwi', quantity: 1 }], [{ skuId: 'kiwi', quantity: 3 }]])
  expect(server.lines.get('kiwi')).toBe(3)
  expect(cartItemsOf('880000000002')[0].quantity).toBe(3)
})

test('a visitor’s cart never goes to the server', async () => {
  server.updates = []
  cartCommands(GUEST).add(item('plum'), 1)
  await loadServerCart(GUEST)
  expect(server.updates).toEqual([])
})
