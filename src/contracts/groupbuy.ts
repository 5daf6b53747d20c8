import * as z from 'zod/mini'
import { chainStatuses } from '@/domain/groupbuy/chain-status'
import { defineActions, fenSchema, idSchema, requestIdSchema } from './contract'
import { isoTime } from './common'
import { money, orderIdSchema, orderLine } from './order'
import { teamContracts } from './groupbuy-team'

const chainId = { chainId: idSchema }
const text = (max: number, min = 1) => z.string().check(z.minLength(min), z.maxLength(max))

/** One product of a chain as the leader posts it: a catalog SKU at a chain price, with its own stock. */
const chainProductInput = z.object({
  skuId: idSchema,
  chainPriceFen: z.int().check(z.minimum(1), z.maximum(10_000_000)),
  stock: z.int().check(z.minimum(1), z.maximum(100_000)),
  unit: z.optional(text(10)),
})

const chainProduct = z.object({
  key: z.string(),
  skuId: z.string(),
  name: z.string(),
  image: z.string(),
  unit: z.string(),
  /** The product's category (coupon scopes name categories). */
  category: z.optional(z.string()),
  listPriceFen: fenSchema,
  chainPriceFen: fenSchema,
  stock: z.int(),
  left: z.int(),
  sold: z.int(),
})

const productTotal = z.object({ key: z.string(), name: z.string(), quantity: z.int(), amountFen: fenSchema, entries: z.int() })

/** A paid entry in the list: masked (「张**」, no phone) unless the viewer is the leader or staff. */
const entryView = z.object({
  no: z.int(),
  name: z.string(),
  phone: z.nullable(z.string()),
  items: z.string(),
  amountFen: fenSchema,
  paidAt: isoTime,
  status: z.enum(['paid', 'refunding', 'refunded', 'picked_up']),
  mine: z.boolean(),
})

/** The caller's own entries, paid or not. */
const myEntry = z.object({
  entryId: z.string(),
  orderId: z.string(),
  no: z.nullable(z.int()),
  items: z.string(),
  /** The quantities by product key (修改 pre-fills the join sheet with them). */
  lines: z.array(z.object({ key: z.string(), quantity: z.int() })),
  /** The goods at the member's unit prices (what the chain's totals count). */
  amountFen: fenSchema,
  /** What the member pays (paid) for it, after coupon and points: the order's payable. */
  payableFen: fenSchema,
  status: z.enum(['unpaid', 'paid', 'refunding', 'refunded', 'cancelled', 'picked_up']),
  payBy: isoTime,
  canCancel: z.boolean(),
})

export const chainView = z.object({
  chainId: z.string(),
  title: z.string(),
  text: z.string(),
  images: z.array(z.string()),
  products: z.array(chainProduct),
  perPersonLimit: z.int(),
  deadline: isoTime,
  pickup: z.object({ storeId: z.string(), name: z.string(), address: z.string(), from: isoTime, to: isoTime }),
  status: z.enum(chainStatuses),
  statusText: z.string(),
  leader: z.object({ name: z.string(), storeName: z.string() }),
  participants: z.int(),
  totals: z.array(productTotal),
})
export type ChainView = z.infer<typeof chainView>
export type EntryView = z.infer<typeof entryView>
export type MyEntry = z.infer<typeof myEntry>

/**
 * A leader's page of the pick list or the export: entries after `afterNo` (0: the first
 * page), at most `limit` (500: one query, well inside the function's timeout); the client
 * walks `nextNo` to the end.
 */
const leaderPage = { ...chainId, afterNo: z._default(z.int().check(z.minimum(0)), 0), limit: z._default(z.int().check(z.minimum(1), z.maximum(500)), 500) }

/** An entry page: entries after `afterNo`, in number order; `nextNo` continues it (null: the end). */
const entryPage = { entries: z.array(entryView), nextNo: z.nullable(z.int()) }

/** What a member asks for when joining, and how they want membership applied (checkout's rules). */
const joinLines = z.array(z.object({ key: z.string().check(z.regex(/^\d{1,2}$/)), quantity: z.int().check(z.minimum(1), z.maximum(99)) })).check(z.minLength(1), z.maxLength(20))
const membershipChoice = {
  /** A coupon of the member's wallet; null = none; absent = the best in join.preview, none in join (a member pays with the coupon they saw). */
  couponId: z.optional(z.nullable(idSchema)),
  usePoints: z._default(z.boolean(), false),
}

/** An open chain in the list: soonest deadline first. */
const openChainItem = z.object({
  chainId: z.string(),
  title: z.string(),
  image: z.string(),
  fromPriceFen: fenSchema,
  unit: z.string(),
  storeId: z.string(),
  pickupPoint: z.string(),
  deadline: isoTime,
  participants: z.int(),
})
export type OpenChainItem = z.infer<typeof openChainItem>
const listCursor = z.object({ deadline: isoTime, id: idSchema })
export type ChainListCursor = z.infer<typeof listCursor>

const leaderView = z.object({ leaderId: z.string(), name: z.string(), storeId: z.string(), storeName: z.string(), pickupPoint: z.string(), commissionBp: z.int(), sceneId: z.string() })
const chainListItem = z.object({ chainId: z.string(), title: z.string(), status: z.enum(chainStatuses), statusText: z.string(), deadline: isoTime, participants: z.int(), amountFen: fenSchema, commissionFen: z.int() })

export const groupbuyContracts = defineActions({
  /** Admin: approve a member (by card number) as a leader for a store or a community pickup point. */
  'leader.approve': {
    write: true,
    input: z.object({
      requestId: requestIdSchema,
      cardNo: z.string().check(z.regex(/^\d{6,20}$/, '会员卡号格式不正确')),
      storeId: idSchema,
      name: text(20),
      pickupPoint: z.optional(text(40)),
      commissionBp: z._default(z.int().check(z.minimum(0), z.maximum(3000)), 500),
    }),
    output: z.object({ leader: leaderView }),
  },
  /** Leader: their home page: who they are, their chains and their numbers. */
  'leader.home': {
    input: z.object({}),
    output: z.object({ leader: leaderView, chains: z.array(chainListItem), commission: z.object({ earnedFen: z.int(), reversedFen: z.int(), netFen: z.int() }) }),
  },
  /** Leader: a chain from catalog SKUs; `open` posts it at once, else it stays a draft. */
  create: {
    write: true,
    input: z.object({
      requestId: requestIdSchema,
      title: text(30),
      text: z._default(z.string().check(z.maxLength(1000)), ''),
      images: z._default(z.array(z.string().check(z.regex(/^(\/|https:\/\/|cloud:\/\/)[^\s]{1,300}$/, '图片地址不正确'))).check(z.maxLength(9)), []),
      products: z.array(chainProductInput).check(z.minLength(1), z.maxLength(20)),
      perPersonLimit: z.int().check(z.minimum(1), z.maximum(99)),
      deadline: isoTime,
      pickupFrom: isoTime,
      pickupTo: isoTime,
      open: z._default(z.boolean(), true),
    }),
    output: z.object({ chain: chainView }),
  },
  /** Anyone: the chain, its paid entries in number order (masked for others), my entries, the share card. */
  get: {
    input: z.object({ ...chainId }),
    output: z.object({
      chain: chainView,
      entries: z.array(entryView),
      mine: z.array(myEntry),
      share: z.object({ title: z.string(), path: z.string() }),
      /** The leader's scene: joining as a member through it attributes the newcomer to the leader. */
      sceneId: z.string(),
      viewer: z.enum(['leader', 'staff', 'member', 'visitor']),
      now: isoTime,
      /** `entries` is the first page; `groupbuy.entries` from this number gives the next. */
      nextNo: z.nullable(z.int()),
    }),
  },
  /** Anyone: the next page of a chain's paid entries after entry number `afterNo` (masked for others). */
  entries: {
    input: z.object({ ...chainId, afterNo: z.int().check(z.minimum(0)), limit: z._default(z.int().check(z.minimum(1), z.maximum(100)), 50) }),
    output: z.object(entryPage),
  },
  /** Anyone: open chains, of one store or all, soonest deadline first, a page at a time. */
  list: {
    input: z.object({ storeId: z.optional(idSchema), cursor: z.optional(listCursor), limit: z._default(z.int().check(z.minimum(1), z.maximum(50)), 10) }),
    output: z.object({ items: z.array(openChainItem), nextCursor: z.nullable(listCursor), now: isoTime }),
  },
  /**
   * Member: what joining with these quantities costs, by the checkout's rule (order
   * module's priceOrder): the chain price is the base, a tier member price lower than it
   * applies, then one coupon, then points. Nothing is held.
   */
  'join.preview': {
    input: z.object({ ...chainId, lines: joinLines, ...membershipChoice }),
    output: z.object({
      lines: z.array(orderLine),
      coupons: z.object({
        usable: z.array(z.object({ couponId: z.string(), title: z.string(), discountFen: z.int() })),
        unusable: z.array(z.object({ couponId: z.string(), title: z.string(), reason: z.string() })),
        chosen: z.nullable(z.object({ couponId: z.string(), discountFen: z.int() })),
      }),
      points: z.object({ balance: z.int(), maxPoints: z.int(), maxFen: fenSchema, used: z.int(), fen: fenSchema }),
      money,
    }),
  },
  /**
   * Member: join with quantities; an unpaid order through the orders module, priced as
   * join.preview says (coupon locked and points held with the order). `expectedPayableFen`
   * (the preview shown) refuses with ORDER.PRICE_CHANGED if the price moved meanwhile.
   */
  join: {
    write: true,
    input: z.object({ requestId: requestIdSchema, ...chainId, lines: joinLines, ...membershipChoice, expectedPayableFen: z.optional(fenSchema) }),
    output: z.object({ entryId: z.string(), orderId: z.string(), amountFen: fenSchema, payBy: isoTime }),
  },
  /** Member: cancel their own entry before the deadline: unpaid → cancelled; paid → refund through orders. */
  'entry.cancel': {
    write: true,
    input: z.object({ requestId: requestIdSchema, entryId: orderIdSchema }),
    output: z.object({ entry: myEntry }),
  },
  /** Leader: open a draft, close (截团), start fulfilling (备货), finish. */
  close: { write: true, input: z.object({ requestId: requestIdSchema, ...chainId }), output: z.object({ chain: chainView }) },
  advance: { write: true, input: z.object({ requestId: requestIdSchema, ...chainId, event: z.enum(['open', 'fulfil', 'finish']) }), output: z.object({ chain: chainView }) },
  /** Leader or staff: totals by product, participants, money and commission. */
  summary: {
    input: z.object({ ...chainId }),
    output: z.object({ totals: z.array(productTotal), participants: z.int(), amountFen: fenSchema, commissionFen: z.int() }),
  },
  /** Leader or staff: the pick list (备货单) by pickup point and participant, full names for pickup. */
  picklist: {
    input: z.object(leaderPage),
    output: z.object({
      points: z.array(
        z.object({
          pickupPoint: z.string(),
          totals: z.array(z.object({ key: z.string(), name: z.string(), quantity: z.int() })),
          participants: z.array(z.object({ no: z.int(), name: z.string(), phone: z.nullable(z.string()), items: z.string(), pickedUp: z.boolean(), entryId: z.string() })),
        }),
      ),
      nextNo: z.nullable(z.int()),
    }),
  },
  /** Leader or staff: plain text to paste into the group, in entry-number order. */
  export: { input: z.object(leaderPage), output: z.object({ text: z.string(), nextNo: z.nullable(z.int()) }) },
  /** Leader or staff: mark a paid entry picked up (staff can also scan the order's pickup code). */
  'entry.pickup': { write: true, input: z.object({ requestId: requestIdSchema, entryId: orderIdSchema }), output: z.object({ ok: z.boolean() }) },
  ...teamContracts,
})
