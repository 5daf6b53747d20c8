import { describeCoupon, useCoupon } from '@/domain/coupons'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { templatesIssuedBy, toCoupon, type CouponDoc } from '../_shared/coupons'
import { issueCode } from '../_shared/member-code-signer'
import { maskPhone } from '../_shared/members'
import { scanMemberCode } from '../_shared/scanned-code'
import { brandSettings, tierTable } from '../_shared/settings'
import { requireStaff } from '../_shared/staff'

/**
 * staff.lookup: the member behind a scanned member code, for the workspace. The code is
 * checked (signature, brand, age) but not used up: the till action that follows uses it.
 * Each in-store coupon usable here comes with a fresh coupon code, so staff can redeem a
 * coupon picked from the list through coupon.redeem, the one redemption path.
 * TODO(harden-a merge): the store/channel filter mirrors coupon.redeem's checks; once
 * issue 10 item 2 gives the till one coupon rule, call it here.
 */
export async function lookup(input: { code: string }, { db, openid, now }: ActionContext) {
  const staff = await requireStaff(db, openid)
  const { member } = await scanMemberCode(db, input.code, now)
  const [table, brand, account, owned, gifts] = await Promise.all([
    tierTable(db),
    brandSettings(db),
    findById<{ balance: number }>(db, 'points_accounts', member._id),
    db.collection('coupons').where({ ownerId: member._id, status: 'available' }).limit(100).get(),
    templatesIssuedBy(db, 'staff'),
  ])
  const usable = (owned.data as CouponDoc[])
    .map(toCoupon)
    .filter((c) => c.channel !== 'online' && (!c.storeIds?.length || c.storeIds.includes(staff.storeId)) && useCoupon(c, { now }).ok)
  return {
    member: {
      cardNo: member.cardNo,
      nickname: member.nickname || '微信用户',
      phoneMasked: maskPhone(member.phone),
      tierName: table.find((t) => t.code === member.tier)?.name ?? table[0].name,
      points: account?.balance ?? 0,
    },
    coupons: usable.map((c) => {
      const face = describeCoupon(c)
      return { couponId: c.id, title: c.title, face: `${face.value}${face.unit} · ${face.condition}`, validTo: new Date(c.validTo).toISOString(), redeemCode: issueCode('C', brand.brandId, c.id, now).code }
    }),
    gifts: gifts.map((t) => ({ templateId: t._id, title: t.title })),
  }
}
