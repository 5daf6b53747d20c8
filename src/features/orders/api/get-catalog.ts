import { callCloud } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'

/** The category grid (home, category page): in the main registry, as the home tab needs it. */
export const getCategories = () => callCloud('catalog', 'categories', {}, { silent: true })
export const useCategories = () => useCloudQuery('catalog.categories', getCategories)
