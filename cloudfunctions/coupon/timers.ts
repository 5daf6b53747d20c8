import { expireCoupon, releaseCoupon } from '@/domain/coupons'
import type { TimerContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { toCoupon, type CouponDoc } from '../_shared/coupons'
import { runJob } from '../_shared/jobs/run-job'
import { inTransaction } from '../_shared/transaction'

const PAGE = 25

/**
 * Drains the coupons matching `where` (a transition takes each out of it) as a resumable
 * job: each invocation works for a bounded time; the next firing carries on.
 */
async function sweep(ctx: TimerContext, name: string, where: Record<string, unknown>, apply: (doc: CouponDoc) => Promise<boolean>) {
  const { changed, job } = await runJob<CouponDoc>(ctx.db, ctx.now, {
    name,
    period: 'continuous',
    pageSize: PAGE,
    drain: true,
    page: async () => (await ctx.db.collection('coupons').where(where).limit(PAGE).get()).data as CouponDoc[],
    visit: async (page) => {
      let progressed = 0
      for (const doc of page) if (await apply(doc)) progressed++
      return progressed
    },
  })
  return { changed, job }
}

/** Re-reads the coupon in a transaction and writes the transition if it still applies. */
const transition = (ctx: TimerContext, next: typeof expireCoupon) => (doc: CouponDoc) =>
  inTransaction(ctx.db, async (tx) => {
    const fresh = await findById<CouponDoc>(tx, 'coupons', doc._id)
    if (!fresh) return false
    const result = next(toCoupon(fresh), ctx.now)
    if (!result.ok || result.value.status === fresh.status) return false
    await tx.collection('coupons').doc(doc._id).update({ data: { status: result.value.status, lockedBy: result.value.lockedBy ?? null } })
    return true
  })

/** Timer `expireCoupons` (daily after midnight Shanghai): available coupons past validTo. */
export const expireCoupons = (ctx: TimerContext) =>
  sweep(ctx, 'coupon.expireCoupons', { status: 'available', validTo: ctx.db.command.lt(ctx.now) }, transition(ctx, expireCoupon)).then(({ changed, job }) => ({ expired: changed, job }))

/** Timer `releaseLocks` (every minute): coupons held by orders whose payment deadline passed. */
export const releaseLocks = (ctx: TimerContext) =>
  sweep(
    ctx,
    'coupon.releaseLocks',
    { status: 'locked', 'lockedBy.until': ctx.db.command.lt(ctx.now) },
    transition(ctx, (c, now) => releaseCoupon(c, { orderId: c.lockedBy?.orderId ?? '', now })),
  ).then(({ changed, job }) => ({ released: changed, job }))
