import { callCloud } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'

/** The category grid (home, category page). */
export const getCategories = () => callCloud('catalog', 'categories', {}, { silent: true })
export const useCategories = () => useCloudQuery('catalog.categories', getCategories)

/** Product detail with SKUs and the caller's tier prices. */
export const getProduct = (productId: string) => callCloud('catalog', 'product', { productId }, { silent: true })
export const useProduct = (productId: string) => useCloudQuery(`catalog.product:${productId}`, () => getProduct(productId), !!productId)
