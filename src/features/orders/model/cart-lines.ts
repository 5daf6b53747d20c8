import { MAX_QUANTITY } from '@/domain/orders/price-order'

export { MAX_QUANTITY }

/**
 * The cart as plain data: pure functions the cart store and its tests share. A line keeps
 * what was shown when it was added (name, spec, price) so the cart draws offline; the
 * checkout preview prices it again on the server, which is the authority.
 */
export interface CartItem {
  skuId: string
  productId: string
  name: string
  /** The SKU's spec, e.g. 5斤装. */
  spec: string
  /** Price shown when added, integer fen (the member's tier price if any). */
  priceFen: number
  image: string
  /** For coupon scopes by category at checkout. */
  category: string
  quantity: number
  /** Unticked lines stay in the cart but are not checked out. */
  selected: boolean
}


const clamp = (n: number) => Math.max(1, Math.min(MAX_QUANTITY, Math.floor(n)))

/** Adds `quantity` of a SKU: a new line, or more of the one already there (ticked again). */
export function addItem(items: CartItem[], item: Omit<CartItem, 'quantity' | 'selected'>, quantity: number): CartItem[] {
  if (!Number.isFinite(quantity) || quantity < 1) return items
  const at = items.findIndex((i) => i.skuId === item.skuId)
  if (at < 0) return [...items, { ...item, quantity: clamp(quantity), selected: true }]
  return items.map((i, k) => (k === at ? { ...i, ...item, quantity: clamp(i.quantity + quantity), selected: true } : i))
}

/** Sets a line's quantity; below 1 keeps 1 (removing is its own gesture). */
export const setQuantity = (items: CartItem[], skuId: string, quantity: number): CartItem[] =>
  Number.isFinite(quantity) ? items.map((i) => (i.skuId === skuId ? { ...i, quantity: clamp(quantity) } : i)) : items

export const removeItems = (items: CartItem[], skuIds: string[]): CartItem[] => items.filter((i) => !skuIds.includes(i.skuId))

export const toggleItem = (items: CartItem[], skuId: string): CartItem[] => items.map((i) => (i.skuId === skuId ? { ...i, selected: !i.selected } : i))

/** Ticks every line, or unticks every line when all are ticked already. */
export const toggleAll = (items: CartItem[]): CartItem[] => {
  const all = items.length > 0 && items.every((i) => i.selected)
  return items.map((i) => ({ ...i, selected: !all }))
}

export const selectedItems = (items: CartItem[]) => items.filter((i) => i.selected)

/** Units in the cart, for the badge. */
export const cartCount = (items: CartItem[]) => items.reduce((n, i) => n + i.quantity, 0)

/** What the ticked lines cost at the prices shown, in fen (an estimate until the preview). */
export const selectedTotal = (items: CartItem[]) => selectedItems(items).reduce((sum, i) => sum + i.priceFen * i.quantity, 0)
