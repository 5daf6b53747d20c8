/**
 * The flash-sale actions the home tab's strip calls (sessions): the only flash-sale
 * contracts in the main registry. The item page, reserve and remind live in flashsale.ts,
 * which only the flash-sale subpackage's client loads (src/lib/flashsale-client.ts).
 */
import * as z from 'zod/mini'
import { defineActions, fenSchema } from './contract'
import { isoTime } from './common'

export const flashStates = ['upcoming', 'live', 'ended', 'sold_out'] as const

/** One item as the list and the home strip show it. */
export const flashItemCard = z.object({
  itemId: z.string(),
  sessionId: z.string(),
  name: z.string(),
  image: z.string(),
  listPriceFen: fenSchema,
  flashPriceFen: fenSchema,
  stock: z.int(),
  /** 「已抢 87%」, floored. */
  soldPercent: z.int(),
  state: z.enum(flashStates),
  limit: z.int(),
  startAt: isoTime,
  endAt: isoTime,
})
export type FlashItemCard = z.infer<typeof flashItemCard>

export const flashSession = z.object({
  sessionId: z.string(),
  /** 'HH:mm' Asia/Shanghai, the tab's label. */
  start: z.string(),
  startAt: isoTime,
  endAt: isoTime,
  state: z.enum(['upcoming', 'live', 'ended']),
  items: z.array(flashItemCard),
})
export type FlashSessionView = z.infer<typeof flashSession>

export const flashsaleBrowseContracts = defineActions({
  /** Sessions not yet ended (today and tomorrow), with their items: the list's tabs. */
  sessions: { input: z.object({}), output: z.object({ now: isoTime, sessions: z.array(flashSession) }) },
})
