import * as z from 'zod/mini'
import { defineActions, fenSchema, idSchema, requestIdSchema } from './contract'
import { count, emptyInput, isoTime } from './common'

const face = z.object({ value: z.string(), unit: z.enum(['元', '折', '']), condition: z.string(), usage: z.string() })

export const walletCoupon = z.object({
  id: z.string(),
  templateId: z.string(),
  title: z.string(),
  face,
  status: z.enum(['available', 'locked', 'used', 'expired']),
  tab: z.enum(['可使用', '已使用', '已过期']),
  badge: z.nullable(z.string()),
  validFrom: isoTime,
  validTo: isoTime,
  validity: z.string(),
  channel: z.enum(['online', 'store', 'both']),
  /** Products in scope, for 「立即使用」. */
  scope: z.object({ kind: z.enum(['all', 'skus', 'categories']), values: z.array(z.string()) }),
})
export type WalletCoupon = z.infer<typeof walletCoupon>

export const centerItem = z.object({
  templateId: z.string(),
  title: z.string(),
  description: z.string(),
  face,
  validity: z.string(),
  progress: z.int().check(z.minimum(0), z.maximum(100)),
  state: z.enum(['领取', '已领取', '已抢光', '去使用', '未开始', '已结束', '不可领']),
  /** Why the button is off, before the tap: 「仅限金卡及以上会员」, 「每周二可领 · 下次 12月22日」. */
  reason: z.optional(z.string()),
})
export type CenterItem = z.infer<typeof centerItem>

const cartLine = z.object({
  sku: idSchema,
  category: idSchema,
  priceFen: fenSchema,
  quantity: z.int().check(z.minimum(1), z.maximum(999)),
})

/** A product a coupon applies to, for 「立即使用」. */
export const scopeProduct = z.object({ sku: z.string(), name: z.string(), priceFen: fenSchema, unit: z.string(), image: z.string(), category: z.string() })
export type ScopeProduct = z.infer<typeof scopeProduct>

const tabCounts = z.object({ '可使用': count(), '已使用': count(), '已过期': count() })

export const couponContracts = defineActions({
  center: { input: emptyInput, output: z.object({ items: z.array(centerItem) }) },
  claim: {
    write: true,
    input: z.object({ requestId: requestIdSchema, templateId: idSchema }),
    output: z.object({ coupon: walletCoupon }),
  },
  wallet: {
    input: z.object({ tab: z._default(z.enum(['可使用', '已使用', '已过期']), '可使用') }),
    output: z.object({ counts: tabCounts, items: z.array(walletCoupon) }),
  },
  detail: { input: z.object({ couponId: idSchema }), output: z.object({ coupon: walletCoupon, rules: z.array(z.string()) }) },
  /** In-store coupons: a rotating code for the till, like the member code (QR text and 20 digits). */
  code: { input: z.object({ couponId: idSchema }), output: z.object({ code: z.string(), tillCode: z.string(), issuedAt: isoTime, expiresAt: isoTime, refreshAfterMs: z.int() }) },
  /** The checkout preview: which coupons fit this cart, the best one, and why others do not. */
  applicable: {
    input: z.object({ lines: z.array(cartLine).check(z.minLength(1), z.maxLength(100)), storeId: z.optional(idSchema), channel: z.enum(['online', 'store']) }),
    output: z.object({
      usable: z.array(z.object({ couponId: z.string(), title: z.string(), discountFen: z.int() })),
      unusable: z.array(z.object({ couponId: z.string(), title: z.string(), reason: z.string() })),
      best: z.nullable(z.object({ couponId: z.string(), discountFen: z.int() })),
    }),
  },
  /** The products one of the member's own coupons applies to (its scope minus excluded skus). */
  products: { input: z.object({ couponId: idSchema }), output: z.object({ items: z.array(scopeProduct) }) },
  /** Staff: give a member a coupon of a staff-gift template, by the member's scanned code. */
  gift: {
    write: true,
    input: z.object({ requestId: requestIdSchema, code: z.string().check(z.minLength(1), z.maxLength(200)), templateId: idSchema }),
    output: z.object({ couponId: z.string(), title: z.string(), cardNo: z.string() }),
  },
  /** Admin: send a coupon of a push template to members by card number (100 at a time). */
  push: {
    write: true,
    input: z.object({ requestId: requestIdSchema, templateId: idSchema, cardNos: z.array(z.string().check(z.regex(/^\d{12}$/, '卡号格式不正确'))).check(z.minLength(1), z.maxLength(100)) }),
    output: z.object({ sent: z.array(z.string()), skipped: z.array(z.object({ cardNo: z.string(), reason: z.string() })) }),
  },
  /** Staff: redeem an in-store coupon by its scanned code. */
  redeem: {
    write: true,
    input: z.object({ requestId: requestIdSchema, code: z.string().check(z.minLength(1), z.maxLength(200)) }),
    output: z.object({ couponId: z.string(), title: z.string(), face, cardNo: z.string() }),
  },
})
