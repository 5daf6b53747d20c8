import { callGroupbuy } from '@/features/groupbuy/api/call-groupbuy'
import { useCloudQuery } from '@/lib/use-cloud-query'
import type { TeamOffer, TeamView } from '@/contracts/groupbuy-team'

export type { TeamOffer, TeamView }

/** The team page's data, with the device time it arrived at: the countdown runs on the server's clock. */
export async function getTeam(teamId: string, from?: string) {
  const reply = await callGroupbuy('groupbuy', 'team.get', { teamId, from: from && /^\d{6,20}$/.test(from) ? from : undefined }, { silent: true })
  return { ...reply, receivedAt: Date.now() }
}
export type TeamPage = Awaited<ReturnType<typeof getTeam>>

export function useTeam(teamId: string, from?: string) {
  const query = useCloudQuery(`team:${teamId}`, () => getTeam(teamId, from), !!teamId)
  return { ...query, data: query.data ?? query.latest }
}

/** A product's team offers (the product page's 「发起拼团」 and the open-a-team page). */
export const useTeamOffers = (productId: string) =>
  useCloudQuery(`team-offers:${productId}`, async () => (await callGroupbuy('groupbuy', 'team.offers', { productId }, { silent: true })).offers, !!productId)

/** Opens a team at a store: an unpaid order for the opener's seat. */
export const openTeam = (offerId: string, storeId: string) => callGroupbuy('groupbuy', 'team.open', { offerId, storeId, quantity: 1 }, { loading: '正在开团' })

/** Joins a forming team: an unpaid order; the seat counts when it is paid. */
export const joinTeam = (teamId: string) => callGroupbuy('groupbuy', 'team.join', { teamId, quantity: 1 }, { loading: '正在参团' })
