/** The group-buy subpackage's pages with their query, in one place. */
const root = '/packages/groupbuy/pages'

export const groupbuyRoutes = {
  chain: (chainId: string) => `${root}/chain/index?id=${encodeURIComponent(chainId)}`,
  leader: `${root}/leader/index`,
  create: `${root}/create/index`,
  list: `${root}/list/index`,
  picklist: (chainId: string) => `${root}/picklist/index?id=${encodeURIComponent(chainId)}`,
}
