/** Cloud function `catalog`: categories, the product feed, product detail with tier prices, the member's cart. */
import { catalogContracts } from '@/contracts/catalog'
import { defineFunction } from '../_shared/define-function'
import { categories, feed, product } from './browse'
import { getCart, mergeCart, saveCart, updateCart } from './cart'

export const main = defineFunction({
  contracts: catalogContracts,
  handlers: { categories, feed, product, 'cart.get': getCart, 'cart.save': saveCart, 'cart.update': updateCart, 'cart.merge': mergeCart },
})
