/**
 * What the merchant configures through the `admin` function, one strict schema per kind
 * (unknown fields are refused, not dropped): the same objects validate the console's
 * forms and the function's input.
 */
import * as z from 'zod/mini'
import { fenSchema, idSchema } from './contract'
import { dayString, isoTime } from './common'

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max))
const intIn = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max))
const weekdays = z.array(intIn(1, 7)).check(z.minLength(1), z.maxLength(7))
export const tierCodes = ['normal', 'silver', 'gold', 'black'] as const

export const storeRecord = z.strictObject({
  id: idSchema,
  name: text(1, 30),
  /** May be empty: stores opened before the console had none. */
  address: text(0, 120),
  phone: z.optional(z.string().check(z.regex(/^[0-9-]{7,20}$/, '电话格式不正确'))),
})

/** A store QR's scene: 32 characters at most (WeChat's limit for an unlimited code). */
export const sceneRecord = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}$/, '场景编号为 1–32 位字母、数字、- 或 _')),
  storeId: idSchema,
  staffId: z.nullable(idSchema),
  /** 'groupbuy': a leader's scene (gb-<cardNo>), written with the leader by leader.*, not offered in the form. */
  channel: z.enum(['counter', 'poster', 'community', 'online', 'groupbuy']),
  label: text(1, 40),
  campaign: z.nullable(idSchema),
  tags: z.array(text(1, 20)).check(z.maxLength(10)),
  expiresAt: z.nullable(isoTime),
})

const benefit = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('threshold'), thresholdFen: fenSchema, amountFen: fenSchema }),
  z.strictObject({ kind: z.literal('cash'), amountFen: fenSchema }),
  z.strictObject({ kind: z.literal('discount'), rate: intIn(1, 99), capFen: z.optional(fenSchema) }),
  z.strictObject({ kind: z.literal('exchange'), sku: idSchema, name: text(1, 40) }),
])

export const couponTemplateRecord = z.strictObject({
  id: idSchema,
  title: text(1, 30),
  description: text(0, 60),
  benefit,
  channel: z.enum(['online', 'store', 'both']),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('skus'), skus: z.array(idSchema).check(z.minLength(1), z.maxLength(200)) }),
    z.strictObject({ kind: z.literal('categories'), categories: z.array(idSchema).check(z.minLength(1), z.maxLength(50)) }),
  ]),
  validity: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('days'), days: intIn(1, 3650) }),
    z.strictObject({ kind: z.literal('fixed'), from: isoTime, to: isoTime }),
  ]),
  stock: intIn(0, 10_000_000),
  perMemberLimit: intIn(1, 1000),
  issuedBy: z.enum(['center', 'new-member', 'community', 'member-day', 'birthday', 'points-mall', 'staff', 'push']),
  refundable: z.boolean(),
  weekdays: z.optional(weekdays),
  tiers: z.optional(z.array(z.enum(tierCodes)).check(z.minLength(1), z.maxLength(4))),
  storeIds: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(500))),
  claimFrom: z.optional(isoTime),
  claimUntil: z.optional(isoTime),
})

const rule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('weekly'), weekdays }),
  z.strictObject({ kind: z.literal('birthday') }),
  z.strictObject({ kind: z.literal('birthday-month') }),
  z.strictObject({ kind: z.literal('new-member') }),
  z.strictObject({ kind: z.literal('community') }),
  z.strictObject({ kind: z.literal('dates'), from: dayString, to: dayString }),
  z.strictObject({ kind: z.literal('daily') }),
])

/** A campaign of the engine (src/domain/campaigns); retiring one disables it. */
export const campaignRecord = z.strictObject({
  id: idSchema,
  name: text(1, 30),
  on: z.array(z.enum(['join', 'signin', 'order-paid', 'daily'])).check(z.minLength(1), z.maxLength(4)),
  rule,
  minTier: z.optional(z.enum(tierCodes)),
  from: z.optional(dayString),
  to: z.optional(dayString),
  reward: z.strictObject({
    couponTemplateIds: z.optional(z.array(idSchema).check(z.maxLength(10))),
    points: z.optional(intIn(1, 100_000)),
    pointsMultiplier: z.optional(z.number().check(z.minimum(1), z.maximum(10))),
    /** The multiplier counts on the period's first paid order only (生日月首单). */
    firstOrderOnly: z.optional(z.boolean()),
  }),
  banner: z.optional(text(1, 40)),
})

const color = z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/, '颜色格式为 #RRGGBB'))

export const tierRecord = z.strictObject({
  code: z.enum(tierCodes),
  name: text(1, 10),
  threshold: intIn(0, 100_000_000),
  colors: z.strictObject({ from: color, to: color, text: color }),
  benefits: z.strictObject({
    pointsMultiplier: z.number().check(z.minimum(1), z.maximum(10)),
    birthdayGift: text(0, 60),
    memberDayDiscount: z.number().check(z.minimum(0.1), z.maximum(1)),
    freeDelivery: z.boolean(),
  }),
})
export const tiersRecord = z.array(tierRecord).check(z.minLength(1), z.maxLength(4))

export const pointsRulesRecord = z.strictObject({
  ratePerYuan: z.number().check(z.minimum(0), z.maximum(100)),
  expiry: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('end-of-next-year') }), z.strictObject({ kind: z.literal('days'), days: intIn(1, 36_500) })]),
  campaigns: z.array(
    z.strictObject({
      id: idSchema,
      name: text(1, 30),
      multiplier: z.number().check(z.minimum(1), z.maximum(10)),
      weekdays: z.optional(weekdays),
      from: z.optional(dayString),
      to: z.optional(dayString),
    }),
  ).check(z.maxLength(20)),
  tillCeilingFen: fenSchema,
})

export type StoreRecord = z.infer<typeof storeRecord>
export type SceneRecord = z.infer<typeof sceneRecord>
export type CouponTemplateRecord = z.infer<typeof couponTemplateRecord>
export type CampaignRecord = z.infer<typeof campaignRecord>
export type TiersRecord = z.infer<typeof tiersRecord>
export type PointsRulesRecord = z.infer<typeof pointsRulesRecord>

const tierPrices = z.strictObject({ normal: z.optional(fenSchema), silver: z.optional(fenSchema), gold: z.optional(fenSchema), black: z.optional(fenSchema) })
const storeIds = z.array(idSchema).check(z.minLength(1), z.maxLength(500))

/** A catalog category of the home grid. */
export const categoryRecord = z.strictObject({
  id: idSchema,
  name: text(1, 10),
  icon: text(1, 200),
  sort: intIn(0, 10_000),
})

/**
 * A SKU of a product. `stock` is the starting stock of a new SKU; an existing SKU's stock
 * changes only through `product.stock` (an increment), so an edit cannot undo the sales
 * made while the form was open (the stock an edit sends for an existing SKU is ignored).
 */
export const skuRecord = z.strictObject({
  id: idSchema,
  name: text(1, 30),
  priceFen: intIn(1, 100_000_000),
  /** By tier code: a member pays their tier's price, never above the list price. */
  memberPrices: tierPrices,
  stock: intIn(0, 1_000_000),
})

/** A product of the mall with its SKUs; `storeIds: null` = every store carries it. */
export const productRecord = z.strictObject({
  id: idSchema,
  name: text(1, 40),
  category: idSchema,
  /** The price and unit shown where a product is named alone (coupon scopes, the points mall). */
  priceFen: intIn(1, 100_000_000),
  unit: text(1, 20),
  description: text(0, 200),
  images: z.array(text(1, 200)).check(z.minLength(1), z.maxLength(9)),
  storeIds: z.nullable(storeIds),
  sort: intIn(0, 100_000),
  onSale: z.boolean(),
  /** SKUs are never removed (orders name them): set a SKU's stock to 0 instead. */
  skus: z.array(skuRecord).check(z.minLength(1), z.maxLength(20)),
})

/**
 * A flash-sale item: one SKU in one session (a slot of settings/flashsale on one
 * Shanghai day) at a flash price, with stock set aside in `shards` documents. `stock`
 * and `shards` are fixed at creation; `flashItem.stock` adds or takes units later.
 */
export const flashItemRecord = z.strictObject({
  id: idSchema,
  day: dayString,
  start: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '开始时间格式为 HH:MM')),
  skuId: idSchema,
  flashPriceFen: intIn(1, 100_000_000),
  stock: intIn(1, 1_000_000),
  shards: intIn(1, 64),
  limit: intIn(1, 99),
  tiers: z.nullable(z.array(z.enum(tierCodes)).check(z.minLength(1), z.maxLength(4))),
  storeIds,
})

/**
 * A team-buy offer (拼团): one SKU at a team price, for teams of `size` members who pay
 * within `windowHours` of the team's opening, at most `perMemberLimit` units each, picked
 * up at one of `storeIds`. The product's name, unit, image and list price are read from the
 * catalog when the offer is written.
 */
export const teamOfferRecord = z.strictObject({
  id: idSchema,
  skuId: idSchema,
  teamPriceFen: intIn(1, 100_000_000),
  size: intIn(2, 10),
  windowHours: intIn(1, 72),
  perMemberLimit: intIn(1, 99),
  storeIds,
})

/** A group-buy leader (团长): a member, named by card number, for a store or a community pickup point. */
export const leaderRecord = z.strictObject({
  id: z.string().check(z.regex(/^\d{6,20}$/, '会员卡号格式不正确')),
  storeId: idSchema,
  name: text(1, 20),
  pickupPoint: text(1, 40),
  /** Commission in basis points (500 = 5%). */
  commissionBp: intIn(0, 3000),
})

export type CategoryRecord = z.infer<typeof categoryRecord>
export type ProductRecord = z.infer<typeof productRecord>
export type SkuRecord = z.infer<typeof skuRecord>
export type FlashItemRecord = z.infer<typeof flashItemRecord>
export type LeaderRecord = z.infer<typeof leaderRecord>
export type TeamOfferRecord = z.infer<typeof teamOfferRecord>
