import type { MallItem } from '@/contracts/points'

/**
 * The item tapped in the mall, handed to the detail page so it can draw at once; the
 * detail page still refetches the list for fresh stock and limits.
 */
const picked = new Map<string, MallItem>()

export const rememberItem = (item: MallItem) => {
  picked.set(item.id, item)
}

export const recallItem = (id: string): MallItem | undefined => picked.get(id)
