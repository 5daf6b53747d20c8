import { randomInt } from 'node:crypto'
import { describeCoupon, walletTab } from '@/domain/coupons'
import { checkMallRedeem, usableBalance } from '@/domain/points'
import { ActionError, unwrap } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { issueInTx, newCouponId, toCoupon, type CouponDoc } from '../_shared/coupons'
import { onceOnly } from '../_shared/idempotency'
import { requireMember } from '../_shared/members'
import { postSpending, readAccount, type PointsAccount } from '../_shared/points-ledger'

interface MallItemDoc {
  _id: string
  kind: 'coupon' | 'gift'
  title: string
  description: string
  image: string
  costPoints: number
  stock: number
  left: number
  perMemberLimit: number
  couponTemplateId?: string
  enabled: boolean
  sort?: number
}

interface RedemptionDoc {
  _id: string
  memberId: string
  itemId: string
  title: string
  kind: 'coupon' | 'gift'
  pointsSpent: number
  pickupCode: string | null
  couponId: string | null
  at: Date
}

const counterKey = (itemId: string, memberId: string) => `${itemId}:${memberId}`
const view = (r: RedemptionDoc) => ({ id: r._id, itemId: r.itemId, title: r.title, kind: r.kind, pointsSpent: r.pointsSpent, pickupCode: r.pickupCode, couponId: r.couponId, at: r.at.toISOString() })

/** points.mall.list: items with what is left and what this member already took. */
export async function mallList(_input: unknown, { db, openid, now }: ActionContext) {
  await requireMember(db, openid)
  const items = (await db.collection('mall_items').where({ enabled: true }).orderBy('sort', 'asc').limit(100).get()).data as MallItemDoc[]
  const counters = (await db.collection('mall_counters').where({ memberId: openid }).limit(1000).get()).data as { itemId: string; count: number }[]
  const account = await findById<PointsAccount>(db, 'points_accounts', openid)
  return {
    balance: usableBalance(account?.lots ?? [], now),
    items: items.map((i) => ({
      id: i._id,
      kind: i.kind,
      title: i.title,
      description: i.description,
      image: i.image,
      costPoints: i.costPoints,
      stock: i.stock,
      left: i.left,
      perMemberLimit: i.perMemberLimit,
      redeemedByMe: counters.find((c) => c.itemId === i._id)?.count ?? 0,
    })),
  }
}

/**
 * points.mall.redeem: spends the points, takes one from stock, counts it against the
 * member's limit and hands over the coupon or a pickup code, all in one transaction.
 */
export async function mallRedeem(input: { requestId: string; itemId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const member = await requireMember(db, openid)
  const known = await findById<MallItemDoc>(db, 'mall_items', input.itemId)
  if (!known || !known.enabled) throw new ActionError('POINTS.ITEM_NOT_FOUND', '商品不存在或已下架')
  return onceOnly(ctx, 'points.mall.redeem', input.requestId, async (tx) => {
    const item = (await findById<MallItemDoc>(tx, 'mall_items', input.itemId)) as MallItemDoc
    const counter = await findById<{ count: number }>(tx, 'mall_counters', counterKey(item._id, openid))
    const taken = counter?.count ?? 0
    const account = await readAccount(tx, openid)
    unwrap(checkMallRedeem({ left: item.left, perMemberLimit: item.perMemberLimit, redeemedByMe: taken, costPoints: item.costPoints, balance: usableBalance(account.lots, now) }))
    await postSpending(tx, { memberId: openid, requestId: `mall-${input.requestId}`, code: 'spend.mall', amount: item.costPoints, ref: { type: 'mall', id: item._id }, now })
    await tx.collection('mall_items').doc(item._id).update({ data: { left: item.left - 1 } })
    await tx.collection('mall_counters').doc(counterKey(item._id, openid)).set({ data: { itemId: item._id, memberId: openid, count: taken + 1 } })
    const coupon = item.kind === 'coupon' && item.couponTemplateId ? await issueInTx(tx, { templateId: item.couponTemplateId, memberId: openid, memberTier: member.tier, couponId: newCouponId(), now }) : null
    const redemption: RedemptionDoc = {
      _id: `${openid}:${input.requestId}`,
      memberId: openid,
      itemId: item._id,
      title: item.title,
      kind: item.kind,
      pointsSpent: item.costPoints,
      pickupCode: item.kind === 'gift' ? String(randomInt(10_000_000, 100_000_000)) : null,
      couponId: coupon?.id ?? null,
      at: now,
    }
    await tx.collection('mall_redemptions').add({ data: { ...redemption } })
    return { redemption: view(redemption), balance: usableBalance((await readAccount(tx, openid)).lots, now) }
  })
}

/**
 * points.mall.records: this member's exchanges, newest first, each with its state, where
 * it is used or collected, and until when (from the coupon it gave, one query by _id).
 */
export async function mallRecords(_input: unknown, { db, openid, now }: ActionContext) {
  await requireMember(db, openid)
  const docs = (await db.collection('mall_redemptions').where({ memberId: openid }).orderBy('at', 'desc').limit(100).get()).data as RedemptionDoc[]
  const ids = docs.map((d) => d.couponId).filter((id): id is string => !!id)
  const coupons = ids.length ? ((await db.collection('coupons').where({ _id: db.command.in(ids) }).limit(ids.length).get()).data as CouponDoc[]).map(toCoupon) : []
  const byId = new Map(coupons.map((c) => [c.id, c]))
  return {
    items: docs.map((d) => {
      const coupon = d.couponId ? byId.get(d.couponId) : undefined
      if (!coupon) return { ...view(d), status: d.kind === 'gift' ? '到店领取' : undefined, where: d.kind === 'gift' ? '凭提货码到任一门店领取' : undefined, validTo: null }
      return { ...view(d), status: walletTab(coupon, now), where: describeCoupon(coupon).usage, validTo: coupon.validTo.toISOString() }
    }),
  }
}
