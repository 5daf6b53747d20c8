import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { STAFF_A, STAFF_B, act, join, rid, seedStores } from '../support/fixtures'
import { clientCrowd } from '../support/client-sends'

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

const template = (id: string, over: Record<string, unknown> = {}) =>
  t.db.collection('coupon_templates').doc(id).set({
    data: { title: `券 ${id}`, kind: 'threshold', thresholdFen: 3000, amountFen: 500, channel: 'both', scope: { kind: 'all' }, validity: { kind: 'days', days: 7 }, stock: 100, left: 100, perMemberLimit: 1, issuedBy: 'center', refundable: true, enabled: true, ...over },
  })

const claimOne = async (openid: string, templateId: string) => (await act(t, 'coupon', openid, 'claim', { requestId: rid('claim'), templateId })).data.coupon

test('120 parallel claims on a template with stock 10 by 40 members with a limit of 1: exactly 10, nobody holds two', async () => {
  await template('rush', { stock: 10, left: 10 })
  const members = Array.from({ length: 40 }, (_, i) => `rush-${i}`)
  await Promise.all(members.map((m) => join(t, m)))
  await t.dev('POST', 'faults', { conflictRate: 0.3 })
  const crowd = clientCrowd(t, 'coupon claims, 120 on a stock of 10')
  const replies = await Promise.all(Array.from({ length: 120 }, (_, i) => crowd.sendLikeAClient('coupon', members[i % 40], 'claim', { requestId: rid('rush'), templateId: 'rush' })))
  expect(crowd.report().busyAfterRetry).toBe(0)
  expect(replies.filter((r) => r.ok)).toHaveLength(10)
  expect(new Set(replies.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(['COUPON.SOLD_OUT', 'COUPON.LIMIT_REACHED']))
  const { data: coupons } = await t.db.collection('coupons').where({ templateId: 'rush' }).limit(1000).get()
  expect(coupons).toHaveLength(10)
  expect(new Set(coupons.map((c: { ownerId: string }) => c.ownerId)).size).toBe(10)
  expect((await t.db.collection('coupon_templates').doc('rush').get()).data.left).toBe(0)
  const center = await act(t, 'coupon', 'rush-0', 'center')
  expect(center.data.items.find((i: { templateId: string }) => i.templateId === 'rush')).toMatchObject({ progress: 100 })
})

test('a double tap on 领取 (same requestId) claims once and answers the same', async () => {
  await template('tap')
  await join(t, 'tapper')
  const requestId = rid('tap')
  const replies = await Promise.all(Array.from({ length: 8 }, () => act(t, 'coupon', 'tapper', 'claim', { requestId, templateId: 'tap' })))
  expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1)
  expect((await t.db.collection('coupons').where({ templateId: 'tap', ownerId: 'tapper' }).count()).total).toBe(1)
})

test('the claim centre tells each member what they can do', async () => {
  await template('center-a', { stock: 5, left: 2 })
  await template('center-gold', { tiers: ['gold', 'black'] })
  await join(t, 'browser')
  const before = (await act(t, 'coupon', 'browser', 'center')).data.items
  expect(before.find((i: any) => i.templateId === 'center-a')).toMatchObject({ progress: 60, state: '领取' })
  await claimOne('browser', 'center-a')
  const after = (await act(t, 'coupon', 'browser', 'center')).data.items
  expect(after.find((i: any) => i.templateId === 'center-a')).toMatchObject({ progress: 80, state: '去使用' })
  expect(await act(t, 'coupon', 'browser', 'claim', { requestId: rid(), templateId: 'center-gold' })).toMatchObject({ ok: false, code: 'COUPON.TIER_NOT_ELIGIBLE', message: '仅限金卡及以上会员' })
})

describe('using a coupon', () => {
  test('50 parallel uses of one coupon (orders racing): exactly 1 succeeds', async () => {
    await template('once')
    await join(t, 'spender')
    const coupon = await claimOne('spender', 'once')
    await t.dev('POST', 'faults', { conflictRate: 0.3 })
    const crowd = clientCrowd(t, 'coupon use, 50 orders racing')
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => crowd.sendLikeAClient('lab', 'spender', 'use', { requestId: rid('use'), couponId: coupon.id, orderId: `order-${i}` })))
    expect(crowd.report().busyAfterRetry).toBe(0)
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).every((r) => r.code === 'COUPON.ALREADY_USED')).toBe(true)
  })

  test('50 staff scans of one in-store coupon, each with a fresh code: exactly 1 redemption', async () => {
    await template('instore', { channel: 'store', kind: 'cash', amountFen: 1000 })
    await join(t, 'shopper')
    const coupon = await claimOne('shopper', 'instore')
    const codes = await Promise.all(Array.from({ length: 50 }, () => act(t, 'coupon', 'shopper', 'code', { couponId: coupon.id })))
    const crowd = clientCrowd(t, 'coupon redemption, 50 staff scans')
    const replies = await Promise.all(codes.map((c, i) => crowd.sendLikeAClient('coupon', i % 2 ? STAFF_A : STAFF_B, 'redeem', { requestId: rid('scan'), code: c.data.code })))
    expect(crowd.report().busyAfterRetry).toBe(0)
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).every((r) => r.code === 'COUPON.ALREADY_USED')).toBe(true)
    const wallet = await act(t, 'coupon', 'shopper', 'wallet', { tab: '已使用' })
    expect(wallet.data.items.map((c: { id: string }) => c.id)).toContain(coupon.id)
    expect(await act(t, 'coupon', 'shopper', 'code', { couponId: coupon.id })).toMatchObject({ ok: false, code: 'COUPON.NOT_USABLE' })
  })

  test('a retried redemption (same requestId) answers the same and uses nothing more', async () => {
    await template('retry', { channel: 'store' })
    await join(t, 'retrier')
    const coupon = await claimOne('retrier', 'retry')
    const { data } = await act(t, 'coupon', 'retrier', 'code', { couponId: coupon.id })
    const requestId = rid('scan')
    const first = await act(t, 'coupon', STAFF_A, 'redeem', { requestId, code: data.code })
    expect(first.ok).toBe(true)
    expect(await act(t, 'coupon', STAFF_A, 'redeem', { requestId, code: data.code })).toEqual(first)
  })

  test('only staff redeem, and an online-only coupon has no in-store code', async () => {
    await template('web', { channel: 'online' })
    await template('shop', { channel: 'store' })
    await join(t, 'mixed')
    const web = await claimOne('mixed', 'web')
    expect(await act(t, 'coupon', 'mixed', 'code', { couponId: web.id })).toMatchObject({ ok: false, code: 'COUPON.ONLINE_ONLY' })
    const shop = await claimOne('mixed', 'shop')
    const { data } = await act(t, 'coupon', 'mixed', 'code', { couponId: shop.id })
    expect(await act(t, 'coupon', 'mixed', 'redeem', { requestId: rid(), code: data.code })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
  })
})

test('someone else’s coupon id gets COUPON.NOT_FOUND and reveals nothing', async () => {
  await template('private')
  await join(t, 'owner')
  await join(t, 'snoop')
  const coupon = await claimOne('owner', 'private')
  const theirs = await Promise.all(['detail', 'code'].map((a) => act(t, 'coupon', 'snoop', a, { couponId: coupon.id })))
  const missing = await Promise.all(['detail', 'code'].map((a) => act(t, 'coupon', 'snoop', a, { couponId: 'no-such-coupon' })))
  expect(theirs).toEqual(missing)
  expect(theirs[0]).toEqual({ ok: false, code: 'COUPON.NOT_FOUND', message: '优惠券不存在' })
  expect(await act(t, 'lab', 'snoop', 'use', { requestId: rid(), couponId: coupon.id, orderId: 'x' })).toMatchObject({ ok: false, code: 'COUPON.NOT_FOUND' })
})

describe('lifecycle with an order', () => {
  let couponId: string
  beforeEach(async () => {
    await template('life', { perMemberLimit: 100, stock: 1000, left: 1000 })
    await join(t, 'orderer')
    couponId = (await claimOne('orderer', 'life')).id
  })
  const step = (action: string, orderId: string, extra: Record<string, unknown> = {}) => act(t, 'lab', 'orderer', action, { requestId: rid(action), couponId, orderId, ...extra })
  const status = async () => (await t.db.collection('coupons').doc(couponId).get()).data.status

  test('locked by an order, then released on cancel', async () => {
    expect((await step('lock', 'o1')).data.status).toBe('locked')
    expect(await step('lock', 'o2')).toMatchObject({ ok: false })
    expect((await step('release', 'o1')).data.status).toBe('available')
  })

  test('a lock whose payment deadline passed is released by the timer', async () => {
    // Times after the claim (made on the real clock in beforeEach).
    const at = (minutes: number, ms = 0) => new Date(Date.now() + minutes * 60_000 + ms).toISOString()
    const until = at(16)
    await t.dev('POST', 'clock', { now: at(1) })
    await step('lock', 'o3', { until })
    await fetch(`${t.host.url}/__dev/trigger/coupon/releaseLocks`, { method: 'POST' })
    expect(await status()).toBe('locked')
    await t.dev('POST', 'clock', { now: new Date(Date.parse(until) + 1).toISOString() })
    await fetch(`${t.host.url}/__dev/trigger/coupon/releaseLocks`, { method: 'POST' })
    expect(await status()).toBe('available')
  })

  test('used by the paid order; back in the wallet after a full refund when the template allows', async () => {
    await step('lock', 'o4')
    expect((await step('use', 'o4')).data.status).toBe('used')
    expect((await step('refund', 'o4')).data.status).toBe('available')
  })

  test('not refundable: it stays used', async () => {
    await step('lock', 'o5')
    await step('use', 'o5')
    expect((await step('refund', 'o5', { refundable: false })).data.status).toBe('used')
  })
})

test('the wallet badge counts down on Shanghai days and the expiry timer moves the coupon to 已过期', async () => {
  await template('soon', { validity: { kind: 'days', days: 3 } })
  await t.dev('POST', 'clock', { now: '2026-11-25T02:00:00.000Z' }) // claimed on 25 Nov: valid to 27 Nov 23:59:59.999
  await join(t, 'watcher')
  const { id } = await claimOne('watcher', 'soon')
  const badge = async () => (await act(t, 'coupon', 'watcher', 'wallet', { tab: '可使用' })).data.items.find((c: { id: string }) => c.id === id)?.badge ?? null
  expect(await badge()).toBe('2天后过期')
  await t.dev('POST', 'clock', { now: '2026-11-26T16:00:00.000Z' })
  expect(await badge()).toBe('今天过期')
  await t.dev('POST', 'clock', { now: '2026-11-27T15:59:59.999Z' })
  expect(await badge()).toBe('今天过期')
  await t.dev('POST', 'clock', { now: '2026-11-27T16:00:00.000Z' })
  expect(await badge()).toBeNull()
  expect((await act(t, 'coupon', 'watcher', 'wallet', { tab: '已过期' })).data.items.map((c: { id: string }) => c.id)).toContain(id)
  await fetch(`${t.host.url}/__dev/trigger/coupon/expireCoupons`, { method: 'POST' })
  expect((await t.db.collection('coupons').doc(id).get()).data.status).toBe('expired')
})

test('the checkout preview picks the best coupon and says why the others do not fit', async () => {
  await t.dev('POST', 'clock', { now: '2026-11-25T02:00:00.000Z' }) // a Wednesday in Shanghai
  await template('big', { title: '满 100 减 20', thresholdFen: 10000, amountFen: 2000 })
  await template('small', { title: '满 30 减 5' })
  await template('tuesday', { title: '周二满 30 减 8', amountFen: 800, weekdays: [2] })
  await join(t, 'checkout')
  for (const id of ['big', 'small', 'tuesday']) await claimOne('checkout', id)
  const { data } = await act(t, 'coupon', 'checkout', 'applicable', { channel: 'online', lines: [{ sku: 'apple', category: 'fruit', priceFen: 1290, quantity: 7 }] })
  expect(data.best).toMatchObject({ discountFen: 500 })
  expect(data.unusable.map((u: { title: string; reason: string }) => [u.title, u.reason])).toEqual(
    expect.arrayContaining([
      ['满 100 减 20', '还差 9.70 元可用'],
      ['周二满 30 减 8', '仅限周二使用'],
    ]),
  )
})

test.each([
  ['an unknown template', { templateId: 'nope' }, 'COUPON.NOT_FOUND'],
  ['an operator as template id', { templateId: { $ne: '' } }, 'COMMON.INVALID_INPUT'],
  ['no requestId', { requestId: undefined, templateId: 'tap' }, 'COMMON.INVALID_INPUT'],
])('claiming with %s is refused', async (_name, payload, code) => {
  await join(t, 'bad-claimer')
  expect(await act(t, 'coupon', 'bad-claimer', 'claim', { requestId: rid(), ...payload })).toMatchObject({ ok: false, code })
  expect((await t.db.collection('coupons').where({ ownerId: 'bad-claimer' }).count()).total).toBe(0)
})

test('a visitor who is not a member cannot claim', async () => {
  await template('members-only')
  expect(await act(t, 'coupon', 'not-a-member', 'claim', { requestId: rid(), templateId: 'members-only' })).toMatchObject({ ok: false, code: 'COMMON.NOT_MEMBER' })
})

test('birthday gifts: on the member’s birthday (Shanghai), once a year, 29 February on the 28th in other years', async () => {
  await template('bday', { issuedBy: 'birthday', kind: 'cash', amountFen: 1000, perMemberLimit: 100, stock: 1000, left: 1000 })
  await t.dev('POST', 'clock', { now: '2026-11-25T02:00:00.000Z' })
  for (const [openid, birthday] of [['bday-today', '1990-11-26'], ['bday-leap', '1992-02-29'], ['bday-other', '1990-11-27']]) {
    await join(t, openid)
    await act(t, 'member', openid, 'profile.update', { requestId: rid(), birthday })
  }
  const run = async (now: string) => {
    await t.dev('POST', 'clock', { now })
    return (await (await fetch(`${t.host.url}/__dev/trigger/coupon/birthdayGifts`, { method: 'POST' })).json()).result.data.gifted
  }
  const held = async (openid: string) => (await t.db.collection('coupons').where({ ownerId: openid, templateId: 'bday' }).count()).total
  expect(await run('2026-11-25T15:59:59.000Z')).toBe(0) // still 25 Nov in Shanghai
  expect(await run('2026-11-25T22:00:00.000Z')).toBe(1) // 26 Nov, 06:00 Shanghai
  expect(await run('2026-11-25T23:00:00.000Z')).toBe(0) // the same day again: nothing more
  expect(await run('2027-02-27T22:00:00.000Z')).toBe(1) // 28 Feb 2027, no 29th that year
  expect([await held('bday-today'), await held('bday-leap'), await held('bday-other')]).toEqual([1, 1, 0])
})

describe('how coupons are given besides the claim centre', () => {
  test('member day: listed every day, claimable on member day only (Shanghai)', async () => {
    await template('md', { issuedBy: 'member-day', weekdays: [2], title: '会员日满 30 减 5' })
    await join(t, 'md-fan')
    await t.dev('POST', 'clock', { now: '2026-11-23T15:59:59.999Z' }) // Monday 23:59:59.999
    expect((await act(t, 'coupon', 'md-fan', 'center')).data.items.find((i: any) => i.templateId === 'md')).toMatchObject({ state: '未开始' })
    expect(await act(t, 'coupon', 'md-fan', 'claim', { requestId: rid(), templateId: 'md' })).toMatchObject({ ok: false, code: 'COUPON.NOT_MEMBER_DAY', message: '会员日专享，周二再来领取' })
    await t.dev('POST', 'clock', { now: '2026-11-23T16:00:00.000Z' }) // Tuesday 00:00
    expect((await act(t, 'coupon', 'md-fan', 'claim', { requestId: rid(), templateId: 'md' })).ok).toBe(true)
  })

  test('community: joining through the community group’s link gives the community coupon, once', async () => {
    await template('group-5', { issuedBy: 'community', kind: 'cash', amountFen: 500, title: '社群专享 5 元券' })
    await t.db.collection('scenes').doc('grp1').set({ data: { storeId: 'store-a', staffId: null, channel: 'community', enabled: true } })
    expect((await join(t, 'neighbour', 'grp1')).data).toMatchObject({ isNew: true, welcomeCoupons: ['社群专享 5 元券'] })
    expect((await join(t, 'neighbour', 'grp1')).data).toMatchObject({ isNew: false, welcomeCoupons: [] })
    await join(t, 'old-member')
    expect((await join(t, 'old-member', 'grp1')).data.welcomeCoupons).toEqual(['社群专享 5 元券'])
    expect((await join(t, 'counter-visitor', 'sA1')).data.welcomeCoupons).toEqual([])
  })

  test('staff gift: by scanning the member’s code, staff templates only, once per scan', async () => {
    await template('sorry', { issuedBy: 'staff', kind: 'cash', amountFen: 300, title: '店员致歉券', perMemberLimit: 5 })
    await join(t, 'gifted-member')
    const code = async () => (await act(t, 'member', 'gifted-member', 'code')).data.code
    const first = await code()
    const reply = await act(t, 'coupon', STAFF_A, 'gift', { requestId: rid(), code: first, templateId: 'sorry' })
    expect(reply).toMatchObject({ ok: true, data: { title: '店员致歉券' } })
    expect(await act(t, 'coupon', STAFF_A, 'gift', { requestId: rid(), code: first, templateId: 'sorry' })).toMatchObject({ ok: false, code: 'MEMBER.CODE_USED' })
    expect(await act(t, 'coupon', STAFF_A, 'gift', { requestId: rid(), code: await code(), templateId: 'group-5' })).toMatchObject({ ok: false, code: 'COUPON.NOT_GIFTABLE' })
    expect(await act(t, 'coupon', 'gifted-member', 'gift', { requestId: rid(), code: await code(), templateId: 'sorry' })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect((await t.db.collection('coupons').where({ ownerId: 'gifted-member', templateId: 'sorry' }).count()).total).toBe(1)
  })

  test('merchant push: admins only, per member once even when the push is retried, refusals skipped', async () => {
    await template('push-10', { issuedBy: 'push', kind: 'cash', amountFen: 1000, title: '老客回归券', tiers: ['normal'] })
    for (const m of ['push-a', 'push-b', 'push-c']) await join(t, m)
    await t.db.collection('members').doc('push-c').update({ data: { tier: 'gold' } })
    const cardNo = async (m: string) => (await t.db.collection('members').doc(m).get()).data.cardNo
    const cardNos = [await cardNo('push-a'), await cardNo('push-b'), await cardNo('push-c'), '999999999999']
    const requestId = rid('push')
    expect(await act(t, 'coupon', STAFF_A, 'push', { requestId, templateId: 'push-10', cardNos })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    const first = await act(t, 'coupon', 'admin-1', 'push', { requestId, templateId: 'push-10', cardNos })
    expect(first.data.sent).toEqual(cardNos.slice(0, 2))
    expect(first.data.skipped.map((s: { reason: string }) => s.reason)).toEqual(['当前会员等级不可用', '未找到该会员'])
    await act(t, 'coupon', 'admin-1', 'push', { requestId, templateId: 'push-10', cardNos })
    expect((await t.db.collection('coupons').where({ templateId: 'push-10' }).count()).total).toBe(2)
    expect(await act(t, 'coupon', 'admin-1', 'push', { requestId: rid(), templateId: 'push-10', cardNos: ['12345'] })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  })
})
