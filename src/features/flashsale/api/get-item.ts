import { callFlashsale } from '@/lib/flashsale-client'
import { useCloudQuery } from '@/lib/use-cloud-query'
import type { FlashItemDetail } from '@/contracts/flashsale'
import { noteServerTime } from '../model/server-clock'

export type { FlashItemDetail }

export async function getItem(itemId: string) {
  const reply = await callFlashsale('flashsale', 'item', { itemId }, { silent: true })
  noteServerTime(reply.now)
  return reply.item
}

export const useItem = (itemId: string) => useCloudQuery(`flash:item:${itemId}`, () => getItem(itemId), Boolean(itemId))
