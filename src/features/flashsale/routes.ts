/** The flash sale subpackage's pages with their query, in one place. */
const root = '/packages/flashsale/pages'

export const flashRoutes = {
  list: `${root}/index/index`,
  item: (itemId: string) => `${root}/item/index?itemId=${encodeURIComponent(itemId)}`,
}
