import { callCatalog } from '@/lib/catalog-client'
import type { CartLineInput } from '@/contracts/catalog'
import type { LineSet } from '../model/cart-sync'

/** The member's cart on the server (catalog.cart.*): silent, the cart page keeps drawing the device's copy. */
export const getServerCart = () => callCatalog('catalog', 'cart.get', {}, { silent: true })

/** Absolute quantities of the lines that changed (0 removes). */
export const updateServerCart = (lines: LineSet[]) => callCatalog('catalog', 'cart.update', { lines }, { silent: true })

/** A visitor's device cart into the member's, on joining; the same lines keep their requestId until answered. */
export const mergeIntoServerCart = (lines: CartLineInput[]) => callCatalog('catalog', 'cart.merge', { lines }, { silent: true })
