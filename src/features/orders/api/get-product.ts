import { callCatalog } from '@/lib/catalog-client'
import { useCloudQuery } from '@/lib/use-cloud-query'
import { commonStores } from '../model/common-stores'

/** Product detail with SKUs and the caller's tier prices (orders subpackage only). */
export const getProduct = (productId: string) => callCatalog('catalog', 'product', { productId }, { silent: true })
export const useProduct = (productId: string) => useCloudQuery(`catalog.product:${productId}`, () => getProduct(productId), !!productId)

/** The stores every one of these products can be picked up at (from their details). */
export const useCommonStores = (productIds: string[]) => {
  const ids = [...new Set(productIds)].sort()
  return useCloudQuery(
    `catalog.stores:${ids.join(',')}`,
    async () => commonStores((await Promise.all(ids.map(getProduct))).map((p) => p.stores)),
    ids.length > 0,
  )
}
