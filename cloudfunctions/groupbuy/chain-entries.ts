import { requireChain } from '../_shared/groupbuy/chain-docs'
import type { ActionContext } from '../_shared/define-function'
import { entriesAfter } from './chain-view'
import { entryView, nextNoOf, seesFullNames, viewerOf } from './get-chain'

/**
 * groupbuy.entries (anyone): the chain's paid entries after entry number `afterNo`, a page
 * at a time on the (chainId, no) index, masked as in groupbuy.get. Numbers are gap-free
 * and never reused, so a cursor on the number never skips or repeats an entry.
 */
export async function chainEntries(input: { chainId: string; afterNo: number; limit: number }, { db, openid }: ActionContext) {
  const chain = await requireChain(db, input.chainId)
  const [page, viewer] = await Promise.all([entriesAfter(db, chain._id, input.afterNo, input.limit), viewerOf(db, openid, chain)])
  const full = seesFullNames(viewer)
  return { entries: page.map((e) => entryView(e, openid, full)), nextNo: nextNoOf(page, input.limit) }
}
