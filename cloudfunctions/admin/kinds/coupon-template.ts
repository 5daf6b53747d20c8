import type { CouponTemplateRecord } from '@/contracts/admin-records'
import { checkTemplate } from '@/domain/coupons'
import { ActionError, unwrap } from '../../_shared/action-error'
import { toTemplate, type TemplateDoc } from '../../_shared/coupons'
import type { RecordKind, StoredDoc } from '../record-kind'

const date = (iso: string | undefined) => (iso ? new Date(iso) : undefined)
const iso = (d: unknown) => (d ? new Date(d as Date).toISOString() : undefined)
/** Leaves out absent optional fields, so a stored template has no `undefined`s. */
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

/**
 * The stock left after an edit: what was claimed stays claimed, so the new stock may not
 * go below it (the claim rule trusts stock − left as "claimed so far").
 */
function leftAfter(stock: number, before: StoredDoc | null): number {
  if (!before) return stock
  const claimed = Number(before.stock) - Number(before.left)
  if (stock < claimed) throw new ActionError('ADMIN.STOCK_BELOW_CLAIMED', `库存不能少于已领取数量（${claimed}）`)
  return stock - claimed
}

/** Coupon templates: stock counts down in `left`; coupons already claimed keep their own copy. */
export const couponTemplateKind: RecordKind<CouponTemplateRecord> = {
  kind: 'couponTemplate',
  collection: 'coupon_templates',
  searchText: (r) => `${r.title} ${r.description}`,
  toDoc(r, before) {
    const { id, benefit, validity, claimFrom, claimUntil, ...rest } = r
    const doc = defined({
      ...rest,
      ...benefit,
      validity: validity.kind === 'fixed' ? { kind: 'fixed', from: new Date(validity.from), to: new Date(validity.to) } : validity,
      claimFrom: date(claimFrom),
      claimUntil: date(claimUntil),
      left: leftAfter(r.stock, before),
    })
    unwrap(checkTemplate(toTemplate({ ...doc, _id: id } as unknown as TemplateDoc)))
    return doc
  },
  toRecord(d) {
    const benefit =
      d.kind === 'threshold' ? { kind: 'threshold' as const, thresholdFen: Number(d.thresholdFen), amountFen: Number(d.amountFen) }
      : d.kind === 'cash' ? { kind: 'cash' as const, amountFen: Number(d.amountFen) }
      : d.kind === 'discount' ? { kind: 'discount' as const, rate: Number(d.rate), ...(d.capFen !== undefined ? { capFen: Number(d.capFen) } : {}) }
      : { kind: 'exchange' as const, sku: String(d.sku), name: String(d.name) }
    const v = d.validity as { kind: 'days'; days: number } | { kind: 'fixed'; from: Date; to: Date }
    return defined({
      id: d._id,
      title: String(d.title ?? ''),
      description: String(d.description ?? ''),
      benefit,
      channel: d.channel,
      scope: d.scope,
      validity: v.kind === 'fixed' ? { kind: 'fixed', from: iso(v.from), to: iso(v.to) } : { kind: 'days', days: v.days },
      stock: d.stock,
      perMemberLimit: d.perMemberLimit,
      issuedBy: d.issuedBy,
      refundable: d.refundable !== false,
      weekdays: d.weekdays,
      tiers: d.tiers,
      storeIds: d.storeIds,
      claimFrom: iso(d.claimFrom),
      claimUntil: iso(d.claimUntil),
    }) as CouponTemplateRecord
  },
}
