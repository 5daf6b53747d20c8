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

/** A line as the server's cart answers it (catalog.cart.*). */
export interface ServerCartItem {
  skuId: string
  productId: string
  name: string
  skuName: string
  image: string
  category: string
  myPriceFen: number
  quantity: number
}

/** The owner's lines become the server's (fresh names and prices); ticks are kept by SKU, new lines ticked. */
export const replaceFromServer = (owner: string, server: ServerCartItem[]) =>
  update(owner, (items) =>
    server.map((s) => ({
      skuId: s.skuId,
      productId: s.productId,
      name: s.name,
      spec: s.skuName,
      priceFen: s.myPriceFen,
      image: s.image,
      category: s.category,
      quantity: s.quantity,
      selected: items.find((i) => i.skuId === s.skuId)?.selected ?? true,
    })),
  )

/** Empties the owner's cart (the guest cart once merged into a member's). */
export const clearCart = (owner: string) => update(owner, () => [])
