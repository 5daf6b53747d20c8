/**
 * Every action of the `catalog` function: the home tab's (catalog-browse.ts, in the main
 * registry) plus product detail and the member's cart, which the orders subpackage calls
 * through its own client (src/lib/catalog-client.ts).
 */
import * as z from 'zod/mini'
import { defineActions, fenSchema, idSchema, requestIdSchema } from './contract'
import { emptyInput } from './common'
import { catalogBrowseContracts } from './catalog-browse'

export { category, productCard, type Category, type ProductCard } from './catalog-browse'

export const skuView = z.object({
  skuId: z.string(),
  /** The variant's name, e.g. 5斤装. */
  name: z.string(),
  priceFen: fenSchema,
  /** Member prices by tier code (normal, silver, gold, black); absent tiers pay the list price. */
  memberPrices: z.record(z.string(), fenSchema),
  /** What the caller pays at their tier. */
  myPriceFen: fenSchema,
  stock: z.int(),
})
export type SkuView = z.infer<typeof skuView>

export const productDetail = z.object({
  productId: z.string(),
  name: z.string(),
  category: z.string(),
  description: z.string(),
  images: z.array(z.string()),
  unit: z.string(),
  skus: z.array(skuView),
  /** Stores that carry it (pickup); every store when the product is not limited. */
  stores: z.array(z.object({ storeId: z.string(), name: z.string(), address: z.string() })),
  /** The caller's tier name, for 「银卡价」 labels; null for visitors. */
  tierName: z.nullable(z.string()),
})
export type ProductDetail = z.infer<typeof productDetail>

export const cartLine = z.object({ skuId: idSchema, quantity: z.int().check(z.minimum(1), z.maximum(99)) })
export type CartLineInput = z.infer<typeof cartLine>

/** A line's new quantity; 0 removes it. */
export const cartLineSet = z.object({ skuId: idSchema, quantity: z.int().check(z.minimum(0), z.maximum(99)) })
export type CartLineSet = z.infer<typeof cartLineSet>

/** A cart line resolved against the catalog (a line whose SKU is gone is dropped). */
export const cartItem = z.object({
  skuId: z.string(),
  productId: z.string(),
  name: z.string(),
  skuName: z.string(),
  image: z.string(),
  category: z.string(),
  priceFen: fenSchema,
  myPriceFen: fenSchema,
  quantity: z.int(),
  stock: z.int(),
})
export type CartItem = z.infer<typeof cartItem>

export const catalogContracts = defineActions({
  ...catalogBrowseContracts,
  /** Product detail with its SKUs, prices at the caller's tier, stock and stores. */
  product: { input: z.object({ productId: idSchema }), output: productDetail },
  /** The member's cart, kept on the server so it follows them across devices. */
  'cart.get': { input: emptyInput, output: z.object({ items: z.array(cartItem) }) },
  /** Replaces the cart (whole), at most 50 lines. */
  'cart.save': {
    write: true,
    input: z.object({ requestId: requestIdSchema, lines: z.array(cartLine).check(z.maxLength(50)) }),
    output: z.object({ items: z.array(cartItem) }),
  },
  /**
   * Sets these lines' quantities (absolute; 0 removes the line), leaving the others as they
   * are: what the cart page sends after each tap, so writes from two phones to different
   * lines never undo each other. The cart keeps at most 50 lines.
   */
  'cart.update': {
    write: true,
    input: z.object({ requestId: requestIdSchema, lines: z.array(cartLineSet).check(z.minLength(1), z.maxLength(50)) }),
    output: z.object({ items: z.array(cartItem) }),
  },
  /** Adds a visitor's device cart into the member's cart on joining (quantities add up, at most 99 a line), once per requestId. */
  'cart.merge': {
    write: true,
    input: z.object({ requestId: requestIdSchema, lines: z.array(cartLine).check(z.minLength(1), z.maxLength(50)) }),
    output: z.object({ items: z.array(cartItem) }),
  },
})
