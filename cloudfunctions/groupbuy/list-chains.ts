import type { ChainListCursor, OpenChainItem } from '@/contracts/groupbuy'
import type { ChainDoc } from '../_shared/groupbuy/chain-docs'
import type { ActionContext } from '../_shared/define-function'

interface ListInput {
  storeId?: string
  cursor?: ChainListCursor
  limit: number
}

const itemOf = (c: ChainDoc): OpenChainItem => {
  const cheapest = c.products.reduce((a, b) => (b.chainPriceFen < a.chainPriceFen ? b : a))
  return {
    chainId: c._id,
    title: c.title,
    image: c.images[0] ?? cheapest.image,
    fromPriceFen: cheapest.chainPriceFen,
    unit: c.products.length === 1 ? cheapest.unit : '',
    storeId: c.storeId,
    pickupPoint: c.pickupPoint,
    deadline: new Date(c.deadline).toISOString(),
    participants: c.tally?.participants ?? c.lastNo,
  }
}

/**
 * groupbuy.list (anyone): open chains whose deadline is still ahead, of one store or all,
 * soonest deadline first, in the stable order (deadline, _id). The cursor is the last
 * chain shown: a page goes on with the rest of that deadline instant (larger ids), then
 * with later deadlines; two range queries, each served by the (storeId?, status, deadline,
 * _id) index, rather than one $or. A chain whose deadline passed is closed even before
 * anything writes it, so it is left out by the deadline filter.
 */
export async function listChains(input: ListInput, { db, now }: ActionContext) {
  const _ = db.command
  const where: Record<string, unknown> = { ...(input.storeId ? { storeId: input.storeId } : {}), status: 'open' }
  const chains = db.collection('chains')
  const found: ChainDoc[] = []
  const from = input.cursor ? new Date(input.cursor.deadline) : null
  if (input.cursor && from && from.getTime() > now.getTime()) {
    const sameInstant = { ...where, deadline: from, _id: _.gt(input.cursor.id) }
    found.push(...((await chains.where(sameInstant).orderBy('_id', 'asc').limit(input.limit).get()).data as ChainDoc[]))
  }
  if (found.length < input.limit) {
    const after = from && from.getTime() > now.getTime() ? from : now
    const later = { ...where, deadline: _.gt(after) }
    found.push(...((await chains.where(later).orderBy('deadline', 'asc').orderBy('_id', 'asc').limit(input.limit - found.length).get()).data as ChainDoc[]))
  }
  const last = found[found.length - 1]
  return {
    items: found.map(itemOf),
    nextCursor: found.length === input.limit ? { deadline: new Date(last.deadline).toISOString(), id: last._id } : null,
    now: now.toISOString(),
  }
}
