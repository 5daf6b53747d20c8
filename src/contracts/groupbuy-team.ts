/**
 * Team buys (拼团) of the `groupbuy` function: offers, opening, joining and reading a team.
 * Spread into groupbuyContracts (the group-buy subpackage's registry, not the main one).
 */
import * as z from 'zod/mini'
import { defineActions, fenSchema, idSchema, requestIdSchema } from './contract'
import { isoTime } from './common'

const quantity = z._default(z.int().check(z.minimum(1), z.maximum(99)), 1)

/** A merchant's offer: a SKU at a team price for teams of `size`, filled within `windowHours`. */
const teamOffer = z.object({
  offerId: z.string(),
  productId: z.string(),
  name: z.string(),
  unit: z.string(),
  image: z.string(),
  listPriceFen: fenSchema,
  teamPriceFen: fenSchema,
  size: z.int(),
  windowHours: z.int(),
  perMemberLimit: z.int(),
  stores: z.array(z.object({ storeId: z.string(), name: z.string() })),
})

/** A seat as anyone sees it: a masked name (「张**」), never a phone or an openid. */
const teamSeat = z.object({ name: z.string(), avatarUrl: z.string(), opener: z.boolean(), mine: z.boolean() })

export const teamView = z.object({
  teamId: z.string(),
  offerId: z.string(),
  productId: z.string(),
  name: z.string(),
  unit: z.string(),
  image: z.string(),
  listPriceFen: fenSchema,
  priceFen: fenSchema,
  size: z.int(),
  seatsLeft: z.int(),
  seats: z.array(teamSeat),
  phase: z.enum(['forming', 'succeeded', 'failed']),
  phaseText: z.string(),
  deadline: isoTime,
  store: z.object({ storeId: z.string(), name: z.string() }),
  perMemberLimit: z.int(),
})
export type TeamView = z.infer<typeof teamView>
export type TeamOffer = z.infer<typeof teamOffer>

const placed = z.object({ teamId: z.string(), orderId: z.string(), amountFen: fenSchema, payBy: isoTime })

export const teamContracts = defineActions({
  /** Anyone: the enabled team offers of a product (the product page's 「发起拼团」). */
  'team.offers': { input: z.object({ productId: idSchema }), output: z.object({ offers: z.array(teamOffer) }) },
  /** Member: open a team of an offer, picking up at one of its stores; an unpaid order is made through orders. */
  'team.open': { write: true, input: z.object({ requestId: requestIdSchema, offerId: idSchema, storeId: idSchema, quantity }), output: placed },
  /** Member: join a forming team; the seat counts only when the order is paid. */
  'team.join': { write: true, input: z.object({ requestId: requestIdSchema, teamId: idSchema, quantity }), output: placed },
  /** Anyone: the team (seats masked), my order in it, whether to offer a new team, the share card. */
  'team.get': {
    /** `from`: the sharer's card number, from the share link (decides the visitor's attribution scene). */
    input: z.object({ teamId: idSchema, from: z.optional(z.string().check(z.regex(/^\d{6,20}$/))) }),
    output: z.object({
      team: teamView,
      mine: z.nullable(z.object({ orderId: z.string(), status: z.string(), statusText: z.string(), paid: z.boolean(), payBy: isoTime })),
      canJoin: z.boolean(),
      /** The team is full or over: the page offers 「该团已满，开一个新团」 with this offer. */
      openNew: z.nullable(z.object({ offerId: z.string(), text: z.string() })),
      share: z.object({ title: z.string(), path: z.string() }),
      /** The caller is a member (a visitor joins the membership first). */
      member: z.boolean(),
      /** The scene a visitor joins the membership through from this page (null: none). */
      sceneId: z.nullable(z.string()),
      now: isoTime,
    }),
  },
})
