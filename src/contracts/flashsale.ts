/**
 * Flash sales (秒杀). Every reply carries `now`, the server's time: the client keeps the
 * offset to its own clock, so countdowns and the buy button follow the server, not the phone.
 */
import * as z from 'zod/mini'
import { defineActions, fenSchema, idSchema, requestIdSchema } from './contract'
import { isoTime } from './common'
import { flashItemCard, flashsaleBrowseContracts } from './flashsale-browse'

export { flashItemCard, flashSession, flashStates, type FlashItemCard, type FlashSessionView } from './flashsale-browse'

export const flashItemDetail = z.object({
  ...flashItemCard.shape,
  /** Tier codes that may buy; empty: every member. */
  tiers: z.array(z.string()),
  tierNames: z.array(z.string()),
  stores: z.array(z.object({ storeId: z.string(), name: z.string() })),
  /** Units the caller holds (reserved or bought) of this item. */
  bought: z.int(),
  reminded: z.boolean(),
  /** The subscribe template to ask consent for before `remind`; null: reminders are off. */
  reminderTemplateId: z.nullable(z.string()),
})
export type FlashItemDetail = z.infer<typeof flashItemDetail>

export const flashReservation = z.object({
  orderId: z.string(),
  itemId: z.string(),
  quantity: z.int(),
  payableFen: fenSchema,
  payBy: isoTime,
  secondsToPay: z.int(),
})
export type FlashReservation = z.infer<typeof flashReservation>

const now = isoTime

export const flashsaleContracts = defineActions({
  ...flashsaleBrowseContracts,
  item: { input: z.object({ itemId: idSchema }), output: z.object({ now, item: flashItemDetail }) },
  /**
   * Reserves `quantity` units at the flash price: an unpaid order (pickup at `storeId`)
   * to be paid within 5 minutes, once per requestId. Refusals: FLASH.NOT_STARTED,
   * FLASH.ENDED, FLASH.SOLD_OUT, FLASH.LIMIT, FLASH.TIER, FLASH.STORE, FLASH.BUSY.
   */
  reserve: {
    write: true,
    input: z.object({ requestId: requestIdSchema, itemId: idSchema, quantity: z.int().check(z.minimum(1), z.maximum(10)), storeId: idSchema }),
    output: z.object({ now, reservation: flashReservation }),
  },
  /** A subscribe message a few minutes before the item's session starts, once per member and item. */
  remind: { write: true, input: z.object({ requestId: requestIdSchema, itemId: idSchema }), output: z.object({ now, reminded: z.boolean() }) },
})
