import { canClaim, claimButtonState, claimProgress, claimReason, issueCoupon, type ClaimInput } from '@/domain/coupons'
import { at, LADDER, template } from './fixtures'

const now = at('2026-11-24T04:00:00.000Z')
const fixed = { kind: 'fixed', from: at('2026-11-10T16:00:00.000Z'), to: at('2026-11-30T15:59:59.999Z') } as const
const input = (over: Partial<ClaimInput> = {}): ClaimInput => ({
  template: template({ stock: 10, perMemberLimit: 2 }),
  claimedSoFar: 3,
  claimedByMember: 0,
  memberTier: 'silver',
  now,
  tierLadder: LADDER,
  ...over,
})

describe('canClaim', () => {
  test.each([
    ['open', {}, null],
    ['last coupon in stock', { claimedSoFar: 9 }, null],
    ['stock gone', { claimedSoFar: 10 }, ['COUPON.SOLD_OUT', '已抢光']],
    ['member one below limit', { claimedByMember: 1 }, null],
    ['member at limit', { claimedByMember: 2 }, ['COUPON.LIMIT_REACHED', '已达领取上限']],
    ['limit is told before stock', { claimedByMember: 2, claimedSoFar: 10 }, ['COUPON.LIMIT_REACHED', '已达领取上限']],
    ['zero stock', { template: template({ stock: 0 }), claimedSoFar: 0 }, ['COUPON.SOLD_OUT', '已抢光']],
    ['tier not eligible', { template: template({ tiers: ['gold', 'diamond'] }) }, ['COUPON.TIER_NOT_ELIGIBLE', '仅限金卡及以上会员']],
    ['tier eligible', { template: template({ tiers: ['silver', 'gold', 'diamond'] }) }, null],
    ['before the fixed period', { template: template({ validity: fixed }), now: at('2026-11-10T15:59:59.999Z') }, ['COUPON.NOT_STARTED', '活动未开始']],
    ['first ms of the fixed period', { template: template({ validity: fixed }), now: at('2026-11-10T16:00:00.000Z') }, null],
    ['last ms of the fixed period', { template: template({ validity: fixed }), now: at('2026-11-30T15:59:59.999Z') }, null],
    ['after the fixed period', { template: template({ validity: fixed }), now: at('2026-11-30T16:00:00.000Z') }, ['COUPON.ENDED', '活动已结束']],
    ['claim window opens before use (pre-claim)', { template: template({ validity: fixed, claimFrom: at('2026-11-01T00:00:00Z') }), now: at('2026-11-05T00:00:00Z') }, null],
    ['explicit claim window closed', { template: template({ claimUntil: at('2026-11-20T00:00:00Z') }) }, ['COUPON.ENDED', '活动已结束']],
  ])('%s', (_name, over, expected) => {
    const r = canClaim(input(over as Partial<ClaimInput>))
    if (expected === null) expect(r).toEqual({ ok: true, value: true })
    else expect(r).toEqual({ ok: false, code: expected[0], message: expected[1] })
  })
})

describe('claimButtonState', () => {
  test.each([
    ['can claim', {}, 0, '领取'],
    ['can claim another while holding one', { claimedByMember: 1 }, 1, '领取'],
    ['at limit, holds an unused one', { claimedByMember: 2 }, 1, '去使用'],
    ['at limit, all used or expired', { claimedByMember: 2 }, 0, '已领取'],
    ['sold out, holds one', { claimedSoFar: 10, claimedByMember: 1 }, 1, '去使用'],
    ['sold out, holds none', { claimedSoFar: 10 }, 0, '已抢光'],
    ['not started', { template: template({ claimFrom: at('2026-12-01T00:00:00Z') }) }, 0, '未开始'],
    ['ended', { template: template({ claimUntil: at('2026-11-01T00:00:00Z') }) }, 0, '已结束'],
    ['tier not eligible: off, the reason beside it', { template: template({ tiers: ['gold'] }) }, 0, '不可领'],
  ])('%s', (_name, over, usableHeld, label) => {
    expect(claimButtonState({ ...input(over as Partial<ClaimInput>), usableHeld })).toBe(label)
  })
})

describe('claimProgress: floor, and 100 only when every coupon is gone', () => {
  test.each([
    [0, 100, 0],
    [63, 100, 63],
    [2, 3, 66],
    [999, 1000, 99],
    [9999, 10000, 99],
    [1000, 1000, 100],
    [1001, 1000, 100],
    [1, 1_000_000, 0],
    [5, 0, 100],
    [-1, 10, 0],
  ])('%i of %i → %i%%', (claimed, stock, pct) => expect(claimProgress(claimed, stock)).toBe(pct))
})

test('issueCoupon snapshots the rules and the validity, not the template bookkeeping', () => {
  const t = template({ kind: 'threshold', thresholdFen: 10000, amountFen: 1500, weekdays: [2], tiers: ['gold'], validity: { kind: 'days', days: 3 } } as never)
  const c = issueCoupon(t, { couponId: 'c9', ownerId: 'm7', claimedAt: at('2026-11-23T14:00:00.000Z') })
  expect(c).toEqual({
    id: 'c9', templateId: 't1', ownerId: 'm7', status: 'available',
    title: '券', kind: 'threshold', thresholdFen: 10000, amountFen: 1500, weekdays: [2], tiers: ['gold'],
    scope: { kind: 'all' }, channel: 'both',
    validFrom: at('2026-11-23T14:00:00.000Z'), validTo: at('2026-11-25T15:59:59.999Z'),
  })
})

describe('member-day coupons are handed out on member day only (Asia/Shanghai)', () => {
  const memberDay = () => template({ issuedBy: 'member-day', weekdays: [2] })
  test.each([
    ['Monday 23:59:59.999', '2026-11-23T15:59:59.999Z', 'COUPON.NOT_MEMBER_DAY'],
    ['Tuesday 00:00:00.000', '2026-11-23T16:00:00.000Z', null],
    ['Tuesday 23:59:59.999', '2026-11-24T15:59:59.999Z', null],
    ['Wednesday 00:00:00.000', '2026-11-24T16:00:00.000Z', 'COUPON.NOT_MEMBER_DAY'],
  ])('%s', (_name, when, code) => {
    const r = canClaim({ template: memberDay(), claimedSoFar: 0, claimedByMember: 0, memberTier: 'normal', now: new Date(when) })
    expect(r.ok ? null : r.code).toBe(code)
    if (!r.ok) expect(r.message).toBe('会员日专享，周二再来领取')
  })
})

describe('claimReason: why the button is off, before the tap', () => {
  const memberDay = (weekdays: number[]) => template({ issuedBy: 'member-day', weekdays })
  test.each([
    // 2026-11-24 is a Tuesday; 12:00 in Shanghai.
    ['a tier the member does not have', { template: template({ tiers: ['gold', 'diamond'] }) }, '仅限金卡及以上会员'],
    ['member day is Tuesday, today is Monday', { template: memberDay([2]), now: at('2026-11-23T04:00:00.000Z') }, '每周二可领 · 下次 11月24日'],
    ['member day is Tuesday, today is Wednesday: next week', { template: memberDay([2]), now: at('2026-11-25T04:00:00.000Z') }, '每周二可领 · 下次 12月1日'],
    ['two member days, the nearer one', { template: memberDay([5, 2]), now: at('2026-11-25T04:00:00.000Z') }, '每周二、周五可领 · 下次 11月27日'],
    ['Monday 23:59 Shanghai is still Monday', { template: memberDay([2]), now: at('2026-11-23T15:59:59.999Z') }, '每周二可领 · 下次 11月24日'],
    ['claimable: nothing to say', {}, undefined],
    ['sold out: the button says it', { claimedSoFar: 10 }, undefined],
  ])('%s', (_name, over, reason) => {
    expect(claimReason(input(over as Partial<ClaimInput>))).toBe(reason)
  })
})
