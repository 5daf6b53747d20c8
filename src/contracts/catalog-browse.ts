/**
 * The catalog actions the home tab calls (category grid, product feed): the only catalog
 * contracts in the main registry. Product detail and the cart live in catalog.ts, which
 * only the orders subpackage's client loads (src/lib/catalog-client.ts).
 */
import * as z from 'zod/mini'
import { defineActions, fenSchema, idSchema } from './contract'
import { emptyInput } from './common'

export const category = z.object({ categoryId: z.string(), name: z.string(), icon: z.string() })
export type Category = z.infer<typeof category>

/** A product card in the feed: the lowest list price and the member's own lowest price. */
export const productCard = z.object({
  productId: z.string(),
  name: z.string(),
  category: z.string(),
  image: z.string(),
  unit: z.string(),
  fromPriceFen: fenSchema,
  /** The lowest price at the caller's tier (equal to fromPriceFen when there is no member price). */
  myFromPriceFen: fenSchema,
  soldOut: z.boolean(),
})
export type ProductCard = z.infer<typeof productCard>

export const catalogBrowseContracts = defineActions({
  /** The category grid of the home page. */
  categories: { input: emptyInput, output: z.object({ items: z.array(category) }) },
  /** The product feed (infinite scroll): pages of `limit`, `cursor` from the previous page. */
  feed: {
    input: z.object({
      categoryId: z.optional(idSchema),
      cursor: z.optional(z.nullable(z.int().check(z.minimum(0)))),
      limit: z._default(z.int().check(z.minimum(1), z.maximum(20)), 10),
    }),
    output: z.object({ items: z.array(productCard), nextCursor: z.nullable(z.int()) }),
  },
})
