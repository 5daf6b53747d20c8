import { expireCoupon, releaseCoupon } from '@/domain/coupons'
import type { TimerContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { toCoupon, type CouponDoc } from '../_shared/coupons'
import { inTransaction } from '../_shared/transaction'

const PAGE = 100

async function sweep(ctx: TimerContext, where: Record<string, unknown>, apply: (doc: CouponDoc) => Promise<boolean>): Promise<number> {
  let changed = 0
  for (;;) {
    const page = (await ctx.db.collection('coupons').where(where).limit(PAGE).get()).data as CouponDoc[]
    let progressed = 0
    for (const doc of page) if (await apply(doc)) progressed++
    changed += progressed
    if (page.length < PAGE || progressed === 0) return changed
  }
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
  sweep(ctx, { status: 'available', validTo: ctx.db.command.lt(ctx.now) }, transition(ctx, expireCoupon)).then((expired) => ({ expired }))

/** Timer `releaseLocks` (every minute): coupons held by orders whose payment deadline passed. */
export const releaseLocks = (ctx: TimerContext) =>
  sweep(
    ctx,
    { status: 'locked', 'lockedBy.until': ctx.db.command.lt(ctx.now) },
    transition(ctx, (c, now) => releaseCoupon(c, { orderId: c.lockedBy?.orderId ?? '', now })),
  ).then((released) => ({ released }))
