import { callFlashsale } from '@/lib/flashsale-client'
import type { FlashReservation } from '@/contracts/flashsale'
import { noteServerTime } from '../model/server-clock'

export type { FlashReservation }

/** 立即抢购: an unpaid order at the flash price, to pay within 5 minutes. Refusals are toasted by callCloud. */
export async function reserveFlash(itemId: string, storeId: string, quantity = 1) {
  const reply = await callFlashsale('flashsale', 'reserve', { itemId, storeId, quantity }, { loading: '抢购中' })
  noteServerTime(reply.now)
  return reply.reservation
}
