/**
 * The cart, persisted on the device per member: one store holds every owner's lines (keyed
 * by the member's card number, or 'guest'), so switching identity on a shared phone or in
 * the browser's dev panel never shows someone else's cart. Persisted through Taro storage.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from '@/lib/taro-storage'
import { addItem, removeItems, setQuantity, toggleAll, toggleItem, type CartItem } from '../model/cart-lines'

export const GUEST = 'guest'
export const CART_STORAGE_KEY = 'orders.cart'

interface CartState {
  carts: Record<string, CartItem[]>
}

export const useCartStore = create<CartState>()(
  persist(() => ({ carts: {} as Record<string, CartItem[]> }), {
    name: CART_STORAGE_KEY,
    version: 1,
    storage: createJSONStorage(() => ({
      getItem: (key) => taroStorage.get(key) ?? null,
      setItem: (key, value) => taroStorage.set(key, value),
      removeItem: (key) => taroStorage.remove(key),
    })),
  }),
)

const update = (owner: string, change: (items: CartItem[]) => CartItem[]) =>
  useCartStore.setState((s) => ({ carts: { ...s.carts, [owner]: change(s.carts[owner] ?? []) } }))

const NONE: CartItem[] = []

/** The owner's lines (a stable empty list when there are none). */
export const useCartItems = (owner: string) => useCartStore((s) => s.carts[owner] ?? NONE)
export const cartItemsOf = (owner: string) => useCartStore.getState().carts[owner] ?? NONE

export const cartActions = (owner: string) => ({
  add: (item: Omit<CartItem, 'quantity' | 'selected'>, quantity: number) => update(owner, (items) => addItem(items, item, quantity)),
  setQuantity: (skuId: string, quantity: number) => update(owner, (items) => setQuantity(items, skuId, quantity)),
  remove: (skuIds: string[]) => update(owner, (items) => removeItems(items, skuIds)),
  toggle: (skuId: string) => update(owner, (items) => toggleItem(items, skuId)),
  toggleAll: () => update(owner, toggleAll),
})
