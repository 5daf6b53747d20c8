/**
 * The `staff` function: binding staff to stores (invite, bind, unbind), the till
 * workspace's own actions (lookup by scanned code, pickup verification, reversal of a
 * till award) and the staff numbers. The till writes themselves stay where they are
 * (points.till.earn, coupon.redeem, coupon.gift); the workspace calls them.
 */
import * as z from 'zod/mini'
import { defineActions, idSchema, requestIdSchema } from './contract'
import { isoTime } from './common'

import { seat, staffRoles, staffSeatContracts } from './staff-seat'

export { staffRoles, type StaffSeatView } from './staff-seat'

/** A one-time invite code: what the invite QR / link carries. */
export const inviteCodeSchema = z.string().check(z.regex(/^[A-Za-z0-9]{16,32}$/, '邀请码格式不正确'))

/** A scanned member or coupon code (the signed QR or the 18-digit till code). */
const scannedCode = z.string().check(z.trim(), z.minLength(1, '请扫码或输入会员码'), z.maxLength(200))

/** A pickup code: 8 digits for points-mall gifts; orders and chain entries bring their own. */
export const pickupCodeSchema = z.string().check(z.trim(), z.regex(/^[A-Za-z0-9-]{4,40}$/, '提货码格式不正确'))


const counts = z.object({ joined: z.int(), points: z.int(), awards: z.int(), coupons: z.int(), pickups: z.int() })
export type WorkCountsView = z.infer<typeof counts>
const tally = z.object({ today: counts, month: counts })

export const staffContracts = defineActions({
  ...staffSeatContracts,
  /** Admin, or a 店长 for their own store (店员 only): a one-time invite valid 24 hours. */
  invite: {
    write: true,
    input: z.object({ requestId: requestIdSchema, storeId: idSchema, role: z._default(z.enum(['staff', 'manager']), 'staff') }),
    output: z.object({ code: z.string(), storeId: z.string(), storeName: z.string(), role: z.enum(staffRoles), roleName: z.string(), expiresAt: isoTime, path: z.string() }),
  },
  /** Opening an invite: the caller becomes staff of its store. Used once; expired ones are refused. */
  bind: {
    write: true,
    input: z.object({ requestId: requestIdSchema, code: inviteCodeSchema, name: z.string().check(z.trim(), z.minLength(1, '请填写称呼'), z.maxLength(20)) }),
    output: z.object({ seat }),
  },
  /** Admin, or the 店长 of the staff member's store: they lose access at their next action. */
  unbind: {
    write: true,
    input: z.object({ requestId: requestIdSchema, staffId: z.string().check(z.minLength(1), z.maxLength(64)) }),
    output: z.object({ staffId: z.string(), name: z.string() }),
  },
  /**
   * The member behind a scanned code, for the workspace to show: masked phone, tier, points
   * and the in-store coupons usable here. The code is not used up: the action that follows is.
   */
  lookup: {
    input: z.object({ code: scannedCode }),
    output: z.object({
      member: z.object({ cardNo: z.string(), nickname: z.string(), phoneMasked: z.nullable(z.string()), tierName: z.string(), points: z.int() }),
      /** `redeemCode` is a fresh code of that coupon: passing it to coupon.redeem redeems a coupon picked from the list. */
      coupons: z.array(z.object({ couponId: z.string(), title: z.string(), face: z.string(), validTo: isoTime, redeemCode: z.string() })),
      /** Templates staff may give (coupon.gift). */
      gifts: z.array(z.object({ templateId: z.string(), title: z.string() })),
    }),
  },
  /** Verifies a pickup code (points-mall gifts); a second verification is refused. */
  'pickup.verify': {
    write: true,
    input: z.object({ requestId: requestIdSchema, code: pickupCodeSchema }),
    output: z.object({ kind: z.enum(['mall']), title: z.string(), cardNo: z.string(), text: z.string() }),
  },
  /** Today's and this month's numbers: the caller's own, or (店长, admin) the store's per staff member. */
  stats: {
    input: z.object({ scope: z._default(z.enum(['me', 'store']), 'me'), storeId: z.optional(idSchema) }),
    output: z.object({
      storeId: z.string(),
      storeName: z.string(),
      total: tally,
      staff: z.array(z.object({ staffId: z.string(), name: z.string(), role: z.enum(staffRoles), roleName: z.string(), active: z.boolean(), tally })),
    }),
  },
  /** 店长, admin: the store's till awards of the last 24 hours, which may still be reversed. */
  awards: {
    input: z.object({ storeId: z.optional(idSchema) }),
    output: z.object({
      items: z.array(z.object({ awardId: z.string(), staffName: z.string(), cardNo: z.string(), points: z.int(), paidFen: z.int(), at: isoTime, reversed: z.boolean() })),
    }),
  },
  /** 店长, admin: reverses a till award within 24 hours, as a new ledger entry. A second reversal answers the first. */
  reverse: {
    write: true,
    input: z.object({ requestId: requestIdSchema, awardId: z.string().check(z.regex(/^[A-Za-z0-9_:-]{1,160}$/)) }),
    output: z.object({ awardId: z.string(), points: z.int(), balance: z.int(), writtenOff: z.int(), text: z.string() }),
  },
})
