/**
 * The cart as screens change it. A visitor's cart lives on the device only. A member's is
 * the device copy (drawn at once, offline too) kept in step with the server's: every change
 * is applied here first and its lines queued to the server (model/cart-sync.ts); the
 * server's answer replaces the device copy only when nothing of ours is still on the way.
 * On joining, the visitor's cart is merged into the member's server cart, once.
 */
import { ClientCodes } from '@/lib/cloud-error'
import { CommonCodes } from '@/contracts/envelope'
import { isCloudError } from '@/lib/cloud'
import { getServerCart, mergeIntoServerCart, updateServerCart } from '../api/cart'
import { createCartSync, type CartSync } from '../model/cart-sync'
import type { CartItem } from '../model/cart-lines'
import { cartActions, cartItemsOf, clearCart, GUEST, replaceFromServer, type ServerCartItem } from './cart'

const RETRYABLE = new Set<string>([ClientCodes.NETWORK_FAILED, CommonCodes.BUSY])

const syncs = new Map<string, CartSync>()

function syncOf(owner: string): CartSync {
  let sync = syncs.get(owner)
  if (!sync) {
    const answered = (items: ServerCartItem[]) => {
      if (sync!.idle()) replaceFromServer(owner, items)
    }
    sync = createCartSync({
      send: async (lines) => {
        const { items } = await updateServerCart(lines)
        // Answered while this write still counts as in flight: look again once it is done.
        setTimeout(() => answered(items), 0)
      },
      retryable: (e) => isCloudError(e) && RETRYABLE.has(e.code),
      // Refused (e.g. the cart is full): the server's cart is the truth again.
      refused: () => void loadServerCart(owner),
    })
    syncs.set(owner, sync)
  }
  return sync
}

const quantityOf = (owner: string, skuId: string) => cartItemsOf(owner).find((i) => i.skuId === skuId)?.quantity ?? 0

/** The cart's gestures for `owner` (a card number, or GUEST). */
export function cartCommands(owner: string) {
  const local = cartActions(owner)
  if (owner === GUEST) return local
  const push = (skuIds: string[]) => skuIds.forEach((id) => syncOf(owner).push(id, quantityOf(owner, id)))
  return {
    ...local,
    add: (item: Omit<CartItem, 'quantity' | 'selected'>, quantity: number) => {
      local.add(item, quantity)
      push([item.skuId])
    },
    setQuantity: (skuId: string, quantity: number) => {
      local.setQuantity(skuId, quantity)
      push([skuId])
    },
    remove: (skuIds: string[]) => {
      local.remove(skuIds)
      push(skuIds)
    },
  }
}

/**
 * Brings a member's device cart in line with the server's: first the visitor's cart of this
 * device is merged in (once: cleared when the merge answers), then the server's cart is
 * read, unless changes of ours are still on the way. Failures keep the device copy.
 */
export async function loadServerCart(owner: string): Promise<void> {
  if (owner === GUEST) return
  const sync = syncOf(owner)
  await sync.flush()
  const guest = cartItemsOf(GUEST)
  try {
    const { items } = guest.length ? await mergeIntoServerCart(guest.map((i) => ({ skuId: i.skuId, quantity: i.quantity }))) : await getServerCart()
    if (guest.length) clearCart(GUEST)
    if (sync.idle()) replaceFromServer(owner, items)
  } catch {
    // Offline or refused: the device copy stays on screen; the next visit tries again.
  }
}
