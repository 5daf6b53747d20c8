/**
 * Issue 10 items 2 and 4: the till keeps the checkout's coupon rule, and cannot be abused
 * (one award per store receipt, no self-service by staff, a ceiling per purchase).
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, STAFF_A, STAFF_B, act, join, rid, seedStores } from '../support/fixtures'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())
afterEach(async () => {
  await t.dev('POST', 'faults', { conflictRate: 0 })
  await t.dev('DELETE', 'clock')
})

const WEDNESDAY = '2026-12-02T02:00:00.000Z' // 10:00 in Shanghai
const TUESDAY = '2026-12-08T02:00:00.000Z'

const template = (id: string, over: Record<string, unknown> = {}) =>
  t.db.collection('coupon_templates').doc(id).set({
    data: { title: `券 ${id}`, kind: 'cash', amountFen: 500, channel: 'both', scope: { kind: 'all' }, validity: { kind: 'days', days: 7 }, stock: 100, left: 100, perMemberLimit: 5, issuedBy: 'center', refundable: true, enabled: true, ...over },
  })
const claimOne = async (openid: string, templateId: string) => (await act(t, 'coupon', openid, 'claim', { requestId: rid('claim'), templateId })).data.coupon
const couponCode = async (openid: string, couponId: string) => (await act(t, 'coupon', openid, 'code', { couponId })).data.code
const memberCode = async (openid: string) => (await act(t, 'member', openid, 'code')).data.code
/** Why the checkout preview refuses the coupon, for an in-store cart at `storeId`. */
async function previewReason(openid: string, couponId: string, storeId: string) {
  const { data } = await act(t, 'coupon', openid, 'applicable', { channel: 'store', storeId, lines: [{ sku: 'apple', category: 'fruit', priceFen: 5000, quantity: 1 }] })
  return data.unusable.find((u: { couponId: string }) => u.couponId === couponId)?.reason
}
const status = async (couponId: string) => (await t.db.collection('coupons').doc(couponId).get()).data.status

describe('coupon.redeem uses the checkout preview’s rule, with its reason text', () => {
  test('weekday: a Tuesday-only coupon is refused on a Wednesday and redeemed on a Tuesday', async () => {
    await t.dev('POST', 'clock', { now: WEDNESDAY })
    await template('tue-only', { title: '周二专享', weekdays: [2] })
    await join(t, 'weekday-fan')
    const coupon = await claimOne('weekday-fan', 'tue-only')
    const reason = await previewReason('weekday-fan', coupon.id, 'store-a')
    expect(reason).toBe('仅限周二使用')
    const refused = await act(t, 'coupon', STAFF_A, 'redeem', { requestId: rid(), code: await couponCode('weekday-fan', coupon.id) })
    expect(refused).toEqual({ ok: false, code: 'COUPON.NOT_USABLE', message: reason })
    expect(await status(coupon.id)).toBe('available')

    await t.dev('POST', 'clock', { now: TUESDAY })
    expect(await act(t, 'coupon', STAFF_A, 'redeem', { requestId: rid(), code: await couponCode('weekday-fan', coupon.id) })).toMatchObject({ ok: true, data: { couponId: coupon.id } })
    expect(await status(coupon.id)).toBe('used')
  })

  test('tier: a coupon for gold members is refused for a member who is no longer gold', async () => {
    await template('any-tier')
    await join(t, 'was-gold')
    const coupon = await claimOne('was-gold', 'any-tier')
    await t.db.collection('coupons').doc(coupon.id).update({ data: { tiers: ['gold', 'black'] } })
    const reason = await previewReason('was-gold', coupon.id, 'store-a')
    expect(reason).toMatch(/金卡/)
    expect(await act(t, 'coupon', STAFF_A, 'redeem', { requestId: rid(), code: await couponCode('was-gold', coupon.id) })).toEqual({ ok: false, code: 'COUPON.NOT_USABLE', message: reason })
    expect(await status(coupon.id)).toBe('available')
  })

  test('store: a coupon of store A is refused at store B with the preview’s words', async () => {
    await template('store-a-only', { storeIds: ['store-a'] })
    await join(t, 'store-fan')
    const coupon = await claimOne('store-fan', 'store-a-only')
    const reason = await previewReason('store-fan', coupon.id, 'store-b')
    expect(await act(t, 'coupon', STAFF_B, 'redeem', { requestId: rid(), code: await couponCode('store-fan', coupon.id) })).toEqual({ ok: false, code: 'COUPON.NOT_USABLE', message: reason })
    expect((await act(t, 'coupon', STAFF_A, 'redeem', { requestId: rid(), code: await couponCode('store-fan', coupon.id) })).ok).toBe(true)
  })

  test('channel: a coupon that became online-only after its code was shown is refused in store', async () => {
    await template('was-both')
    await join(t, 'channel-fan')
    const coupon = await claimOne('channel-fan', 'was-both')
    const code = await couponCode('channel-fan', coupon.id)
    await t.db.collection('coupons').doc(coupon.id).update({ data: { channel: 'online' } })
    const reason = await previewReason('channel-fan', coupon.id, 'store-a')
    expect(reason).toBe('仅限线上使用')
    expect(await act(t, 'coupon', STAFF_A, 'redeem', { requestId: rid(), code })).toEqual({ ok: false, code: 'COUPON.NOT_USABLE', message: reason })
    expect(await status(coupon.id)).toBe('available')
  })

  test('validity: a coupon that expired after its code was shown is refused', async () => {
    await t.dev('POST', 'clock', { now: WEDNESDAY })
    await template('short', { validity: { kind: 'days', days: 1 } })
    await join(t, 'late-comer')
    const coupon = await claimOne('late-comer', 'short')
    await t.dev('POST', 'clock', { now: '2026-12-02T15:59:40.000Z' }) // 23:59:40, the last minute of its day
    const code = await couponCode('late-comer', coupon.id)
    await t.dev('POST', 'clock', { now: '2026-12-02T16:00:10.000Z' }) // 00:00:10 next day, the code still fresh
    expect(await act(t, 'coupon', STAFF_A, 'redeem', { requestId: rid(), code })).toEqual({ ok: false, code: 'COUPON.NOT_USABLE', message: '优惠券已过期' })
  })
})

describe('the till cannot be abused', () => {
  const earn = async (staff: string, member: string, paidFen: number, receiptNo = rid('rc'), requestId = rid('till')) =>
    act(t, 'points', staff, 'till.earn', { requestId, code: await memberCode(member), paidFen, receiptNo })
  const ledgerSize = async (memberId: string) => (await t.db.collection('points_ledger').where({ memberId }).count()).total

  beforeAll(async () => {
    await join(t, 'regular')
    await join(t, STAFF_A) // the cashier is a member too
  })

  test('a receipt earns once per store, whatever the requestId, the cashier or the till', async () => {
    expect(await earn(STAFF_A, 'regular', 1000, 'R-0001')).toMatchObject({ ok: true, data: { points: 10 } })
    const again = [await earn(STAFF_A, 'regular', 1000, 'R-0001'), await earn(ADMIN, 'regular', 2000, 'R-0001')]
    for (const reply of again) expect(reply).toMatchObject({ ok: false, code: 'POINTS.RECEIPT_AWARDED', message: expect.stringContaining('小票') })
    // The refused scans did not use their codes: the member's next code still works.
    expect(await earn(STAFF_B, 'regular', 1000, 'R-0001')).toMatchObject({ ok: true }) // another store's receipt R-0001
    expect(await ledgerSize('regular')).toBe(2)
  })

  test('a crowd awarding one receipt under 8 requestIds at once: exactly one award', async () => {
    const codes = []
    for (let i = 0; i < 8; i++) codes.push(await memberCode('regular'))
    const before = await ledgerSize('regular')
    await t.dev('POST', 'faults', { conflictRate: 0.3 })
    const replies = await Promise.all(codes.map((code) => act(t, 'points', STAFF_A, 'till.earn', { requestId: rid('crowd'), code, paidFen: 500, receiptNo: 'R-CROWD' })))
    await t.dev('POST', 'faults', { conflictRate: 0 })
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).map((r) => r.code)).toEqual(expect.arrayContaining(['POINTS.RECEIPT_AWARDED']))
    expect(replies.every((r) => r.ok || r.code === 'POINTS.RECEIPT_AWARDED' || r.code === 'COMMON.BUSY')).toBe(true)
    expect(await ledgerSize('regular')).toBe(before + 1)
  })

  test('staff cannot award points to their own member account', async () => {
    expect(await earn(STAFF_A, STAFF_A, 1000, 'R-SELF')).toMatchObject({ ok: false, code: 'STAFF.OWN_ACCOUNT' })
    expect(await ledgerSize(STAFF_A)).toBe(0)
    // Another cashier may serve them, receipt and all.
    expect(await earn(ADMIN, STAFF_A, 1000, 'R-SELF')).toMatchObject({ ok: true })
  })

  test('staff cannot redeem their own coupon nor gift themselves', async () => {
    await template('staff-own')
    await template('staff-gift', { issuedBy: 'staff' })
    const coupon = await claimOne(STAFF_A, 'staff-own')
    expect(await act(t, 'coupon', STAFF_A, 'redeem', { requestId: rid(), code: await couponCode(STAFF_A, coupon.id) })).toMatchObject({ ok: false, code: 'STAFF.OWN_ACCOUNT' })
    expect(await status(coupon.id)).toBe('available')
    expect(await act(t, 'coupon', STAFF_A, 'gift', { requestId: rid(), code: await memberCode(STAFF_A), templateId: 'staff-gift' })).toMatchObject({ ok: false, code: 'STAFF.OWN_ACCOUNT' })
    expect((await t.db.collection('coupons').where({ ownerId: STAFF_A, templateId: 'staff-gift' }).count()).total).toBe(0)
    expect((await act(t, 'coupon', ADMIN, 'redeem', { requestId: rid(), code: await couponCode(STAFF_A, coupon.id) })).ok).toBe(true)
  })

  test('an award without a receipt number is refused and changes nothing', async () => {
    const before = await ledgerSize('regular')
    const reply = await act(t, 'points', STAFF_A, 'till.earn', { requestId: rid('till'), code: await memberCode('regular'), paidFen: 1000 })
    expect(reply).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT', message: '参数不正确（receiptNo）' })
    expect(await ledgerSize('regular')).toBe(before)
  })

  test('one purchase has a ceiling: 5,000 yuan by default, configurable', async () => {
    const before = await ledgerSize('regular')
    expect(await earn(STAFF_A, 'regular', 500_001)).toMatchObject({ ok: false, code: 'POINTS.OVER_TILL_CEILING', message: '单笔消费超过 5000 元，请核对金额' })
    expect(await ledgerSize('regular')).toBe(before)
    expect(await earn(STAFF_A, 'regular', 500_000)).toMatchObject({ ok: true, data: { points: 5000 } })
    await t.db.collection('settings').doc('points').set({ data: { tillCeilingFen: 100_000 } })
    expect(await earn(STAFF_A, 'regular', 100_001)).toMatchObject({ ok: false, code: 'POINTS.OVER_TILL_CEILING', message: '单笔消费超过 1000 元，请核对金额' })
    expect(await earn(STAFF_A, 'regular', 100_000)).toMatchObject({ ok: true })
    await t.db.collection('settings').doc('points').remove()
  })
})
