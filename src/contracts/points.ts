import { z } from 'zod'
import { defineActions, fenSchema, idSchema, requestIdSchema } from './contract'
import { emptyInput, isoTime } from './common'

export const ledgerCodes = ['earn.order', 'earn.till', 'earn.signin', 'earn.campaign', 'spend.mall', 'spend.order', 'spend.makeup', 'expire', 'reverse.refund', 'adjust.admin'] as const

const expiringGroup = z.object({ day: z.string(), amount: z.number().int(), text: z.string() })

export const ledgerItem = z.object({
  id: z.string(),
  code: z.enum(ledgerCodes),
  title: z.string(),
  amount: z.number().int(),
  balanceAfter: z.number().int(),
  at: isoTime,
  /** 'YYYY-MM' in Asia/Shanghai, for grouping the history by month. */
  month: z.string(),
})
export type LedgerItem = z.infer<typeof ledgerItem>

export const mallItem = z.object({
  id: z.string(),
  kind: z.enum(['coupon', 'gift']),
  title: z.string(),
  description: z.string(),
  image: z.string(),
  costPoints: z.number().int().positive(),
  stock: z.number().int(),
  left: z.number().int(),
  perMemberLimit: z.number().int(),
  redeemedByMe: z.number().int(),
})
export type MallItem = z.infer<typeof mallItem>

export const redemption = z.object({
  id: z.string(),
  itemId: z.string(),
  title: z.string(),
  kind: z.enum(['coupon', 'gift']),
  pointsSpent: z.number().int(),
  pickupCode: z.string().nullable(),
  couponId: z.string().nullable(),
  at: isoTime,
})
export type Redemption = z.infer<typeof redemption>

export const pointsContracts = defineActions({
  balance: {
    input: emptyInput,
    output: z.object({ balance: z.number().int(), expiring: z.array(expiringGroup) }),
  },
  history: {
    input: z.object({ filter: z.enum(['all', 'earn', 'spend']).default('all'), before: isoTime.optional(), limit: z.number().int().min(1).max(50).default(20) }),
    output: z.object({ items: z.array(ledgerItem), nextBefore: isoTime.nullable() }),
  },
  expiring: { input: emptyInput, output: z.object({ groups: z.array(expiringGroup) }) },
  'mall.list': { input: emptyInput, output: z.object({ items: z.array(mallItem), balance: z.number().int() }) },
  'mall.redeem': {
    write: true,
    input: z.object({ requestId: requestIdSchema, itemId: idSchema }),
    output: z.object({ redemption, balance: z.number().int() }),
  },
  'mall.records': { input: emptyInput, output: z.object({ items: z.array(redemption) }) },
  /** Staff at the till: points for a purchase, by the member's scanned code. */
  'till.earn': {
    write: true,
    input: z.object({ requestId: requestIdSchema, code: z.string().min(1).max(200), paidFen: fenSchema.min(1), receiptNo: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/).optional() }),
    output: z.object({ points: z.number().int(), balance: z.number().int(), multiplier: z.number(), campaign: z.string().nullable(), cardNo: z.string() }),
  },
  /** Admin: a manual correction with a reason; negative takes points back (never below zero). */
  adjust: {
    write: true,
    input: z.object({ requestId: requestIdSchema, cardNo: z.string().regex(/^\d{12}$/), amount: z.number().int().min(-10_000_000).max(10_000_000).refine((n) => n !== 0, '调整数量不能为 0'), reason: z.string().trim().min(2).max(100) }),
    output: z.object({ balance: z.number().int() }),
  },
})
