/**
 * Cloud function `admin`: the merchant console. Chain admins (a staff document with role
 * 'admin', or an openid on the function's ADMIN_OPENIDS list) configure everything; a
 * 店长 (role 'manager') reads and edits their own store and its scenes only. Every change
 * carries a requestId and is audited (who, when, action, before, after) in the same
 * transaction. Staff binding and invites are the `staff` function's.
 */
import * as z from 'zod/mini'
import { defineActions, idSchema, requestIdSchema, type Schema } from './contract'
import { dayString, emptyInput, isoTime } from './common'
import { campaignRecord, categoryRecord, couponTemplateRecord, flashItemRecord, leaderRecord, pointsRulesRecord, productRecord, sceneRecord, storeRecord, teamOfferRecord, tiersRecord } from './admin-records'

export const adminKinds = ['store', 'scene', 'couponTemplate', 'campaign', 'category', 'product', 'flashItem', 'leader', 'teamOffer'] as const
export type AdminKind = (typeof adminKinds)[number]

const paging = {
  /** Matches id and name/title/label, case-insensitive. */
  search: z.optional(z.string().check(z.maxLength(30))),
  page: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 1),
  pageSize: z._default(z.int().check(z.minimum(1), z.maximum(50)), 20),
}

/** What each list and form sees: the record, whether it is in use, and (coupons) what is left. */
const itemOf = <R extends Schema>(record: R) => z.object({ record, enabled: z.boolean(), left: z.optional(z.int()), updatedAt: z.nullable(isoTime) })

/** A record's id: ids are letters, digits, - and _ (a leader's is their card number). */
const idOrCardNo = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'id 格式不正确'))

/** A stock change: units added (> 0) or taken (< 0), never 0, at most a million. */
const stockDelta = z.int().check(z.minimum(-1_000_000), z.maximum(1_000_000), z.refine((n) => n !== 0, '调整数量不能为 0'))

/** list, get, create, update (the whole record; `id` names it) and retire for one kind. */
function recordActions<K extends string, R extends Schema>(kind: K, record: R) {
  const item = itemOf(record)
  const id = idOrCardNo
  const actions = {
    list: { input: z.object(paging), output: z.object({ items: z.array(item), total: z.int(), page: z.int(), pageSize: z.int() }) },
    get: { input: z.object({ id }), output: z.object({ item }) },
    create: { write: true, input: z.object({ requestId: requestIdSchema, record }), output: z.object({ item }) },
    update: { write: true, input: z.object({ requestId: requestIdSchema, record }), output: z.object({ item }) },
    retire: { write: true, input: z.object({ requestId: requestIdSchema, id }), output: z.object({ item }) },
  }
  type Actions = typeof actions
  return Object.fromEntries(Object.entries(actions).map(([action, contract]) => [`${kind}.${action}`, contract])) as { [A in keyof Actions as `${K}.${A}`]: Actions[A] }
}

export const auditEntry = z.object({
  id: z.string(),
  actor: z.string(),
  actorRole: z.enum(['admin', 'manager']),
  at: isoTime,
  action: z.string(),
  kind: z.string(),
  targetId: z.string(),
  before: z.nullable(z.unknown()),
  after: z.nullable(z.unknown()),
})
export type AuditEntry = z.infer<typeof auditEntry>

const tally = z.array(z.object({ key: z.string(), count: z.int() }))

export const adminStats = z.object({
  newMembers: z.object({ total: z.int(), byDay: tally, byStore: tally, byStaff: tally, byChannel: tally }),
  /** Chain-wide (admins only; null for a 店长). outstanding = the sum of all balances, the liability. */
  points: z.nullable(z.object({ issued: z.int(), redeemed: z.int(), expired: z.int(), reversed: z.int(), adjusted: z.int(), outstanding: z.int(), outstandingFen: z.int() })),
  /** Points issued and redeemed per Shanghai business day of the range (admins only; days with none left out). */
  pointsByDay: z.nullable(z.array(z.object({ day: dayString, issued: z.int(), redeemed: z.int() }))),
  coupons: z.nullable(z.array(z.object({ templateId: z.string(), title: z.string(), stock: z.int(), claimed: z.int(), redeemed: z.int(), claimRate: z.number(), redemptionRate: z.number() }))),
  /** Flash-sale items of the sessions in the range (admins only): sold = paid, not refunded. */
  flash: z.nullable(z.array(z.object({ itemId: z.string(), sessionId: z.string(), name: z.string(), stock: z.int(), sold: z.int(), salesFen: z.int(), sellThrough: z.number() }))),
  /** Chains (接龙) created in the range, a 店长's own store's only: paid entries, quantity, fen. */
  chains: z.array(z.object({ chainId: z.string(), title: z.string(), storeId: z.string(), status: z.string(), entries: z.int(), quantity: z.int(), salesFen: z.int() })),
})
export type AdminStats = z.infer<typeof adminStats>

export const adminContracts = defineActions({
  /** Who the caller is to the console: refused (COMMON.FORBIDDEN) for anyone else. */
  whoami: { input: emptyInput, output: z.object({ role: z.enum(['admin', 'manager']), storeId: z.nullable(z.string()) }) },
  ...recordActions('store', storeRecord),
  ...recordActions('scene', sceneRecord),
  ...recordActions('couponTemplate', couponTemplateRecord),
  ...recordActions('campaign', campaignRecord),
  ...recordActions('category', categoryRecord),
  ...recordActions('product', productRecord),
  ...recordActions('flashItem', flashItemRecord),
  ...recordActions('leader', leaderRecord),
  ...recordActions('teamOffer', teamOfferRecord),
  /** Adds (delta > 0) or takes (delta < 0) a SKU's units by an atomic increment; taking more than is left is refused (ADMIN.STOCK_SHORT). */
  'product.stock': { write: true, input: z.object({ requestId: requestIdSchema, skuId: idSchema, delta: stockDelta }), output: z.object({ skuId: z.string(), delta: z.int(), stock: z.int() }) },
  /** The same for a flash item: units go to or come from its shards, and the item's stock moves with them. */
  'flashItem.stock': { write: true, input: z.object({ requestId: requestIdSchema, id: idSchema, delta: stockDelta }), output: z.object({ id: z.string(), delta: z.int(), stock: z.int(), left: z.int() }) },
  /** The scene's QR image: a PNG data URL in local mode, a cloud-storage URL in production. */
  'scene.qr': { input: z.object({ id: idSchema }), output: z.object({ image: z.string(), fileId: z.nullable(z.string()) }) },
  'tiers.get': { input: emptyInput, output: z.object({ tiers: tiersRecord }) },
  'tiers.update': { write: true, input: z.object({ requestId: requestIdSchema, tiers: tiersRecord }), output: z.object({ tiers: tiersRecord }) },
  'pointsRules.get': { input: emptyInput, output: z.object({ rules: pointsRulesRecord }) },
  'pointsRules.update': { write: true, input: z.object({ requestId: requestIdSchema, rules: pointsRulesRecord }), output: z.object({ rules: pointsRulesRecord }) },
  /** The numbers: new members, flash sessions and chains in [from, to] (Shanghai days, 92 at most), points and coupons now. A 店长 gets their store's new members and chains. */
  stats: { input: z.object({ from: dayString, to: dayString }), output: adminStats },
  'audit.list': {
    input: z.object({ kind: z.optional(z.string().check(z.regex(/^[A-Za-z]{1,20}$/))), page: paging.page, pageSize: paging.pageSize }),
    output: z.object({ items: z.array(auditEntry), total: z.int() }),
  },
})
