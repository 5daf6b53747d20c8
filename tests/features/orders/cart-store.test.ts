const memory = new Map<string, string>()
jest.mock('@/lib/taro-storage', () => ({
  taroStorage: {
    get: (k: string) => memory.get(k),
    set: (k: string, v: string) => void memory.set(k, v),
    remove: (k: string) => void memory.delete(k),
  },
}))

import { CART_STORAGE_KEY, cartActions, cartItemsOf, useCartStore } from '@/features/orders/stores/cart'

const apple = { skuId: 'sku-apple-5', productId: 'apple', name: '阿克苏苹果', spec: '5斤装', priceFen: 3990, image: '', category: 'fruit' }

describe('cart store', () => {
  test('each member has their own cart, persisted to storage', async () => {
    cartActions('880000000001').add(apple, 2)
    expect(cartItemsOf('880000000001')).toHaveLength(1)
    expect(cartItemsOf('880000000002')).toHaveLength(0)

    const saved = JSON.parse(memory.get(CART_STORAGE_KEY) as string)
    expect(saved.state.carts['880000000001'][0]).toMatchObject({ skuId: apple.skuId, quantity: 2 })

    // A fresh start (memory empty, storage kept) reads it back.
    const stored = memory.get(CART_STORAGE_KEY) as string
    useCartStore.setState({ carts: {} })
    memory.set(CART_STORAGE_KEY, stored)
    await useCartStore.persist.rehydrate()
    expect(cartItemsOf('880000000001')[0].quantity).toBe(2)
  })
})
