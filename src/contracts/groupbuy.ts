import * as z from 'zod/mini'
import { chainStatuses } from '@/domain/groupbuy/chain-status'
import { defineActions, fenSchema, idSchema, requestIdSchema } from './contract'
import { isoTime } from './common'
import { orderIdSchema } from './order'
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
  amountFen: fenSchema,
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
    }),
  },
  /** Member: join with quantities; an unpaid order at the chain price is made through the orders module. */
  join: {
    write: true,
    input: z.object({ requestId: requestIdSchema, ...chainId, lines: z.array(z.object({ key: z.string().check(z.regex(/^\d{1,2}$/)), quantity: z.int().check(z.minimum(1), z.maximum(99)) })).check(z.minLength(1), z.maxLength(20)) }),
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
    input: z.object({ ...chainId }),
    output: z.object({
      points: z.array(
        z.object({
          pickupPoint: z.string(),
          totals: z.array(z.object({ key: z.string(), name: z.string(), quantity: z.int() })),
          participants: z.array(z.object({ no: z.int(), name: z.string(), phone: z.nullable(z.string()), items: z.string(), pickedUp: z.boolean(), entryId: z.string() })),
        }),
      ),
    }),
  },
  /** Leader or staff: plain text to paste into the group, in entry-number order. */
  export: { input: z.object({ ...chainId }), output: z.object({ text: z.string() }) },
  /** Leader or staff: mark a paid entry picked up (staff can also scan the order's pickup code). */
  'entry.pickup': { write: true, input: z.object({ requestId: requestIdSchema, entryId: orderIdSchema }), output: z.object({ ok: z.boolean() }) },
  ...teamContracts,
})
