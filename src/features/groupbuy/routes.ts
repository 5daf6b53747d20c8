/** The group-buy subpackage's pages with their query, in one place. */
const root = '/packages/groupbuy/pages'

export const groupbuyRoutes = {
  chain: (chainId: string) => `${root}/chain/index?id=${encodeURIComponent(chainId)}`,
  leader: `${root}/leader/index`,
  create: `${root}/create/index`,
  list: `${root}/list/index`,
  picklist: (chainId: string) => `${root}/picklist/index?id=${encodeURIComponent(chainId)}`,
}

/** The team page (拼团): a team by id, or opening a new one of an offer (product id for its details). */
export const teamRoutes = {
  team: (teamId: string) => `${root}/team/index?id=${encodeURIComponent(teamId)}`,
  open: (offerId: string, productId: string) => `${root}/team/index?offer=${encodeURIComponent(offerId)}&product=${encodeURIComponent(productId)}`,
}
