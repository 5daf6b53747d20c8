import * as z from 'zod/mini'
import { defineActions, fenSchema, idSchema, requestIdSchema } from './contract'
import { emptyInput, isoTime } from './common'

export const ledgerCodes = ['earn.order', 'earn.till', 'earn.signin', 'earn.campaign', 'spend.mall', 'spend.order', 'spend.makeup', 'expire', 'reverse.refund', 'adjust.admin', 'return.order'] as const

const expiringGroup = z.object({ day: z.string(), amount: z.int(), text: z.string() })

export const ledgerItem = z.object({
  id: z.string(),
  code: z.enum(ledgerCodes),
  title: z.string(),
  amount: z.int(),
  balanceAfter: z.int(),
  at: isoTime,
  /** 'YYYY-MM' in Asia/Shanghai, for grouping the history by month. */
  month: z.string(),
  /** What the entry was: the admin's reason, the till receipt, the mall item, the day signed. */
  detail: z.optional(z.string()),
})
export type LedgerItem = z.infer<typeof ledgerItem>

/**
 * Where a history page ended: the last entry's time and id. Entries share a millisecond
 * (a year's lots expire together), so the id breaks ties and no entry is skipped.
 */
export const historyCursor = z.object({ at: isoTime, id: z.string().check(z.regex(/^[A-Za-z0-9_:.-]{1,200}$/, '游标格式不正确')) })
export type HistoryCursor = z.infer<typeof historyCursor>

export const mallItem = z.object({
  id: z.string(),
  kind: z.enum(['coupon', 'gift']),
  title: z.string(),
  description: z.string(),
  image: z.string(),
  costPoints: z.int().check(z.positive()),
  stock: z.int(),
  left: z.int(),
  perMemberLimit: z.int(),
  redeemedByMe: z.int(),
})
export type MallItem = z.infer<typeof mallItem>

export const redemption = z.object({
  id: z.string(),
  itemId: z.string(),
  title: z.string(),
  kind: z.enum(['coupon', 'gift']),
  pointsSpent: z.int(),
  pickupCode: z.nullable(z.string()),
  couponId: z.nullable(z.string()),
  at: isoTime,
  /** In 兑换记录: the coupon's wallet state (可使用/已使用/已过期), or 到店领取 for a gift. */
  status: z.optional(z.string()),
  /** Where it is used or collected: 「门店线上通用」, 「凭提货码到任一门店领取」. */
  where: z.optional(z.string()),
  /** The coupon's last valid moment; null for a gift (a pickup code does not lapse). */
  validTo: z.optional(z.nullable(isoTime)),
})
export type Redemption = z.infer<typeof redemption>

const nonZeroPoints = z.int().check(
  z.minimum(-10_000_000),
  z.maximum(10_000_000),
  z.refine((n) => n !== 0, '调整数量不能为 0'),
)

export const pointsContracts = defineActions({
  balance: {
    input: emptyInput,
    output: z.object({ balance: z.int(), expiring: z.array(expiringGroup) }),
  },
  history: {
    input: z.object({
      filter: z._default(z.enum(['all', 'earn', 'spend']), 'all'),
      /** The previous page's `nextCursor`; none for the first page. */
      cursor: z.optional(historyCursor),
      limit: z._default(z.int().check(z.minimum(1), z.maximum(50)), 20),
    }),
    output: z.object({ items: z.array(ledgerItem), nextCursor: z.nullable(historyCursor) }),
  },
  expiring: { input: emptyInput, output: z.object({ groups: z.array(expiringGroup) }) },
  'mall.list': { input: emptyInput, output: z.object({ items: z.array(mallItem), balance: z.int() }) },
  'mall.redeem': {
    write: true,
    input: z.object({ requestId: requestIdSchema, itemId: idSchema }),
    output: z.object({ redemption, balance: z.int() }),
  },
  'mall.records': { input: emptyInput, output: z.object({ items: z.array(redemption) }) },
  /** Staff at the till: points for a purchase, by the member's scanned code. */
  'till.earn': {
    write: true,
    input: z.object({
      requestId: requestIdSchema,
      code: z.string().check(z.minLength(1), z.maxLength(200)),
      paidFen: fenSchema.check(z.minimum(1)),
      /** Required: one award per (store, receipt), so a receipt cannot earn twice. */
      receiptNo: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/)),
    }),
    /** `tierUpgradedTo`: the new tier's name when this purchase crossed a threshold. */
    output: z.object({ points: z.int(), balance: z.int(), growth: z.int(), tierUpgradedTo: z.nullable(z.string()), multiplier: z.number(), campaign: z.nullable(z.string()), cardNo: z.string() }),
  },
  /** Admin: a manual correction with a reason; negative takes points back (never below zero). */
  adjust: {
    write: true,
    input: z.object({
      requestId: requestIdSchema,
      cardNo: z.string().check(z.regex(/^\d{12}$/)),
      amount: nonZeroPoints,
      reason: z.string().check(z.trim(), z.minLength(2), z.maxLength(100)),
    }),
    output: z.object({ balance: z.int() }),
  },
})
