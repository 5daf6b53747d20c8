import type { ActionContext } from '../_shared/define-function'
import type { TeamOfferDoc } from '../_shared/groupbuy/team-docs'
import { storeOf } from './team-get'

/** groupbuy.team.offers (anyone): a product's enabled offers, with the stores taking part. */
export async function teamOffers(input: { productId: string }, { db }: ActionContext) {
  const offers = (await db.collection('team_offers').where({ productId: input.productId, enabled: true }).limit(20).get()).data as TeamOfferDoc[]
  return {
    offers: await Promise.all(
      offers.map(async (o) => ({
        offerId: o._id,
        productId: o.productId,
        name: o.name,
        unit: o.unit,
        image: o.image,
        listPriceFen: o.listPriceFen,
        teamPriceFen: o.teamPriceFen,
        size: o.size,
        windowHours: o.windowHours,
        perMemberLimit: o.perMemberLimit,
        stores: await Promise.all(o.storeIds.map((id) => storeOf(db, id))),
      })),
    ),
  }
}
