import { flashItemState, soldPercent } from '@/domain/flashsale'
import type { FlashItemDoc } from './flash-docs'

/** An item as the list, the strip and the detail show it. */
export function itemCard(item: FlashItemDoc, remaining: number, now: Date) {
  const startAt = new Date(item.startAt)
  const endAt = new Date(item.endAt)
  return {
    itemId: item._id,
    sessionId: item.sessionId,
    name: item.name,
    image: item.image,
    listPriceFen: item.listPriceFen,
    flashPriceFen: item.flashPriceFen,
    stock: item.stock,
    soldPercent: soldPercent(item.stock, remaining),
    state: flashItemState({ startAt, endAt }, remaining, now),
    limit: item.limit,
    startAt: startAt.toISOString(),
    endAt: endAt.toISOString(),
  }
}
