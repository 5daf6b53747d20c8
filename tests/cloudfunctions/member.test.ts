import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, STAFF_A, act, join, rid, seedStores } from '../support/fixtures'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())

const membersOf = async (openid: string) => (await t.db.collection('members').where({ _id: openid }).count()).total
const touchesOf = async (openid: string) => (await t.db.collection('member_touches').where({ memberId: openid }).get()).data

describe('member.join', () => {
  test('30 parallel joins by one visitor make one member', async () => {
    const replies = await Promise.all(Array.from({ length: 30 }, () => join(t, 'racer', 'sA1')))
    expect(replies.every((r) => r.ok)).toBe(true)
    expect(replies.filter((r) => r.data.isNew)).toHaveLength(1)
    expect(new Set(replies.map((r) => r.data.cardNo)).size).toBe(1)
    expect(await membersOf('racer')).toBe(1)
  })

  test('a double tap (same requestId) gets the first reply and writes once', async () => {
    const requestId = rid('tap')
    const payload = { requestId, consent: true, privacyVersion: '2026.1', scene: 'sA1' }
    const replies = await Promise.all(Array.from({ length: 10 }, () => act(t, 'member', 'tapper', 'join', payload)))
    expect(replies.map((r) => r.data)).toEqual(Array(10).fill(replies[0].data))
    expect(replies[0].data).toMatchObject({ isNew: true, store: { id: 'store-a', name: '徐汇店' } })
    expect(await touchesOf('tapper')).toHaveLength(1)
  })

  test('attribution is the first touch and holds against a later scan from another store', async () => {
    await join(t, 'loyal', 'sA1')
    const again = await join(t, 'loyal', 'sB1')
    expect(again.data).toMatchObject({ isNew: false, store: { id: 'store-a' } })
    await act(t, 'member', 'loyal', 'visit', { scene: 'sB1' })
    const { data } = await t.db.collection('members').doc('loyal').get()
    expect(data.attribution).toMatchObject({ storeId: 'store-a', staffId: STAFF_A, sceneId: 'sA1', channel: 'counter' })
    const touches = await touchesOf('loyal')
    expect(touches.map((x: any) => [x.storeId, x.firstTouch])).toEqual([['store-a', true], ['store-b', false], ['store-b', false]])
  })

  test('a member who joined without a scene is attributed to nobody, even after a later scan', async () => {
    await join(t, 'walkin')
    await join(t, 'walkin', 'sA1')
    expect((await t.db.collection('members').doc('walkin').get()).data.attribution).toBeNull()
  })

  const fuzz: [string, unknown][] = [
    ['empty', ''],
    ['long', 'a'.repeat(33)],
    ['very long', 'x'.repeat(10_000)],
    ['unicode', '门店一号'],
    ['emoji', '🍉🍉'],
    ['operator object', { $gt: '' }],
    ['operator string', '{"$gt":""}'],
    ['path', '../scenes'],
    ['dots', 'sA1.x'],
    ['script', '<script>alert(1)</script>'],
    ['bad escape', '%E0%A4%A'],
    ['number', 12345],
    ['array', ['sA1']],
    ['null', null],
    ['unknown id', 'nosuchscene'],
    ['disabled', 'sOff'],
    ['expired', 'sOld'],
  ]
  test.each(fuzz)('scene fuzzing (%s) gives a normal visit with no attribution', async (name, scene) => {
    const openid = `fuzz-${name.replace(/\W/g, '_')}`
    const visit = await act(t, 'member', openid, 'visit', { scene })
    expect(visit).toEqual({ ok: true, data: { isMember: false, store: null, staffName: null } })
    const joined = await join(t, openid, scene)
    expect(joined).toMatchObject({ ok: true, data: { isNew: true, store: null } })
    expect((await t.db.collection('members').doc(openid).get()).data.attribution).toBeNull()
  })

  test('a forged openid in the event changes nothing: the caller joins, not the victim', async () => {
    const reply = await act(t, 'member', 'attacker', 'join', { requestId: rid(), consent: true, privacyVersion: '1', openid: 'victim', _openid: 'victim' })
    expect(reply.ok).toBe(true)
    expect(await membersOf('victim')).toBe(0)
    expect(await membersOf('attacker')).toBe(1)
  })

  test('joining needs consent to the privacy notice and a requestId', async () => {
    for (const payload of [{ requestId: rid(), consent: false, privacyVersion: '1' }, { requestId: rid(), privacyVersion: '1' }, { consent: true, privacyVersion: '1' }, { requestId: 'short', consent: true, privacyVersion: '1' }]) {
      expect(await act(t, 'member', 'hesitant', 'join', payload)).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
    }
    expect(await membersOf('hesitant')).toBe(0)
  })

  test('an unknown action is refused', async () => {
    expect(await act(t, 'member', 'x', 'drop')).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_ACTION' })
    expect(await act(t, 'member', 'x', 'toString')).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_ACTION' })
  })
})

describe('member.card', () => {
  test('a visitor has no card yet', async () => {
    expect(await act(t, 'member', 'stranger', 'card')).toMatchObject({ ok: false, code: 'COMMON.NOT_MEMBER' })
  })

  test('a new member holds 普卡 with the store that brought them in and the way to 银卡', async () => {
    await join(t, 'newbie', 'sA1')
    const { data } = await act(t, 'member', 'newbie', 'card')
    expect(data).toMatchObject({ tier: { code: 'normal', name: '普卡' }, growth: 0, points: 0, couponsUsable: 0, store: { name: '徐汇店' } })
    expect(data.next).toEqual({ tierName: '银卡', threshold: 1000, remaining: 1000, text: '还差 1,000 成长值升级银卡' })
    expect(data.cardNo).toMatch(/^[1-9]\d{11}$/)
  })

  test.each([
    [999, 'normal', '还差 1 成长值升级银卡'],
    [1000, 'silver', '还差 4,000 成长值升级金卡'],
    [4999, 'silver', '还差 1 成长值升级金卡'],
    [5000, 'gold', '还差 15,000 成长值升级黑金'],
    [19999, 'gold', '还差 1 成长值升级黑金'],
    [20000, 'black', null],
  ])('the yearly review puts %i growth of the last 12 months at %s', async (amount, tier, next) => {
    const openid = `grower-${amount}`
    await join(t, openid)
    await t.db.collection('growth_ledger').add({ data: { memberId: openid, requestId: 'seed', code: 'growth.spend', amount, at: new Date() } })
    await t.db.collection('growth_ledger').add({ data: { memberId: openid, requestId: 'old', code: 'growth.spend', amount: 50_000, at: new Date(Date.now() - 400 * 86_400_000) } })
    const res = await fetch(`${t.host.url}/__dev/trigger/member/yearlyReview`, { method: 'POST' })
    expect(res.status).toBe(200)
    const { data } = await act(t, 'member', openid, 'card')
    expect(data.tier.code).toBe(tier)
    expect(data.tierGrowth).toBe(amount)
    expect(data.next?.text ?? null).toBe(next)
  })
})

describe('member.profile', () => {
  test('nickname, avatar and a simulated phone number are saved; the phone is shown masked', async () => {
    await join(t, 'profiled')
    const reply = await act(t, 'member', 'profiled', 'profile.update', { requestId: rid(), nickname: ' 小明 ', avatarUrl: 'https://example.com/a.png', phoneCode: 'sim-123' })
    expect(reply.data).toMatchObject({ nickname: '小明', avatarUrl: 'https://example.com/a.png', birthday: null, birthdayLocked: false })
    expect(reply.data.phoneMasked).toMatch(/^138\*{4}\d{4}$/)
    expect((await act(t, 'member', 'profiled', 'profile.get')).data).toEqual(reply.data)
  })

  test('the birthday can be set once; changing it later needs a staff member', async () => {
    await join(t, 'birthday')
    expect((await act(t, 'member', 'birthday', 'profile.update', { requestId: rid(), birthday: '1990-02-28' })).data).toMatchObject({ birthday: '1990-02-28', birthdayLocked: true })
    expect(await act(t, 'member', 'birthday', 'profile.update', { requestId: rid(), birthday: '1991-03-01' })).toMatchObject({ ok: false, code: 'MEMBER.BIRTHDAY_LOCKED' })
    expect((await act(t, 'member', 'birthday', 'profile.get')).data.birthday).toBe('1990-02-28')
  })

  test.each([
    ['a nickname too long', { nickname: '一二三四五六七八九十一二三四五六七八九十一' }, 'COMMON.INVALID_INPUT'],
    ['an empty nickname', { nickname: '   ' }, 'COMMON.INVALID_INPUT'],
    ['an impossible birthday', { birthday: '1990-02-30' }, 'MEMBER.BIRTHDAY_INVALID'],
    ['a birthday in the future', { birthday: '2999-01-01' }, 'MEMBER.BIRTHDAY_INVALID'],
    ['a script as avatar', { avatarUrl: 'javascript:alert(1)' }, 'COMMON.INVALID_INPUT'],
    ['a phone code that is not ours', { phoneCode: 'forged' }, 'MEMBER.PHONE_FAILED'],
  ])('%s is refused and changes nothing', async (_name, change, code) => {
    await join(t, 'careful')
    const before = (await act(t, 'member', 'careful', 'profile.get')).data
    expect(await act(t, 'member', 'careful', 'profile.update', { requestId: rid(), ...change })).toMatchObject({ ok: false, code })
    expect((await act(t, 'member', 'careful', 'profile.get')).data).toEqual(before)
  })
})

describe('member codes', () => {
  const verify = (code: string, staff = STAFF_A, requestId = rid('scan')) => act(t, 'member', staff, 'verifyCode', { requestId, code, purpose: 'lookup' })

  beforeAll(async () => {
    await join(t, 'shopper', 'sA1')
    await act(t, 'member', 'shopper', 'profile.update', { requestId: rid(), nickname: '顾客甲' })
  })

  test('a fresh code is accepted once by staff and shows the member', async () => {
    const { data } = await act(t, 'member', 'shopper', 'code')
    expect(data.refreshAfterMs).toBe(30_000)
    expect(Date.parse(data.expiresAt) - Date.parse(data.issuedAt)).toBe(60_000)
    expect(await verify(data.code)).toMatchObject({ ok: true, data: { cardNo: data.cardNo, nickname: '顾客甲', tierName: '普卡', points: 0 } })
  })

  test('a replayed code is refused; the same scan retried (same requestId) gets the first answer', async () => {
    const { data } = await act(t, 'member', 'shopper', 'code')
    const requestId = rid('scan')
    const first = await verify(data.code, STAFF_A, requestId)
    expect(await verify(data.code, STAFF_A, requestId)).toEqual(first)
    expect(await verify(data.code)).toMatchObject({ ok: false, code: 'MEMBER.CODE_USED' })
    expect(await verify(data.code, ADMIN)).toMatchObject({ ok: false, code: 'MEMBER.CODE_USED' })
  })

  test('20 staff scanning one code at once: exactly one succeeds', async () => {
    const { data } = await act(t, 'member', 'shopper', 'code')
    const replies = await Promise.all(Array.from({ length: 20 }, () => verify(data.code)))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).every((r) => r.code === 'MEMBER.CODE_USED')).toBe(true)
  })

  test('an expired code is refused (dev clock 61 s later); at 60 s it still works', async () => {
    await t.dev('POST', 'clock', { now: '2026-11-25T02:00:00.000Z' })
    const a = (await act(t, 'member', 'shopper', 'code')).data.code
    const b = (await act(t, 'member', 'shopper', 'code')).data.code
    await t.dev('POST', 'clock', { now: '2026-11-25T02:01:00.000Z' })
    expect((await verify(a)).ok).toBe(true)
    await t.dev('POST', 'clock', { now: '2026-11-25T02:01:00.001Z' })
    expect(await verify(b)).toMatchObject({ ok: false, code: 'MEMBER.CODE_EXPIRED' })
    await t.dev('DELETE', 'clock')
  })

  test.each([
    ['a changed card number', (c: string) => c.replace(/^M\.(\w+)\.(\d)/, (_m, b, d) => `M.${b}.${(Number(d) + 1) % 10}`)],
    ['a changed time', (c: string) => c.split('.').map((p, i) => (i === 3 ? (parseInt(p, 36) + 1000).toString(36) : p)).join('.')],
    ['a made-up signature', (c: string) => c.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAA')],
    ['garbage', () => 'hello'],
    ['an injection', () => 'M.fresh.{"$gt":""}.x.y.z'],
  ])('a forged code (%s) is refused', async (_name, forge) => {
    const { data } = await act(t, 'member', 'shopper', 'code')
    expect(await verify(forge(data.code))).toMatchObject({ ok: false, code: 'MEMBER.CODE_INVALID' })
  })

  test('a code of another brand is refused', async () => {
    await t.db.collection('settings').doc('brand').update({ data: { brandId: 'other' } })
    const { data } = await act(t, 'member', 'shopper', 'code')
    await t.db.collection('settings').doc('brand').update({ data: { brandId: 'fresh' } })
    expect(await verify(data.code)).toMatchObject({ ok: false, code: 'MEMBER.CODE_OTHER_BRAND' })
  })

  test('a caller who is not staff cannot verify, and the code stays usable', async () => {
    const { data } = await act(t, 'member', 'shopper', 'code')
    expect(await verify(data.code, 'shopper')).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect((await verify(data.code)).ok).toBe(true)
  })
})

describe('the joining gift', () => {
  beforeAll(() =>
    t.db.collection('coupon_templates').doc('welcome-5').set({
      data: { title: '新人 5 元无门槛券', kind: 'cash', amountFen: 500, channel: 'both', scope: { kind: 'all' }, validity: { kind: 'days', days: 30 }, stock: 3, left: 3, perMemberLimit: 1, issuedBy: 'new-member', refundable: true, enabled: true },
    }),
  )

  test('a new member gets the new-member coupon in the same step, once, however many taps', async () => {
    const replies = await Promise.all(Array.from({ length: 10 }, () => join(t, 'gifted')))
    expect(replies.filter((r) => r.data.isNew).map((r) => r.data.welcomeCoupons)).toEqual([['新人 5 元无门槛券']])
    expect(replies.filter((r) => !r.data.isNew).every((r) => r.data.welcomeCoupons.length === 0)).toBe(true)
    expect((await t.db.collection('coupons').where({ ownerId: 'gifted', templateId: 'welcome-5' }).count()).total).toBe(1)
    expect((await act(t, 'member', 'gifted', 'card')).data.couponsUsable).toBe(1)
  })

  test('when the gift has run out, joining still works, without it', async () => {
    await Promise.all(['gift-a', 'gift-b', 'gift-c'].map((m) => join(t, m)))
    const reply = await join(t, 'gift-late')
    expect(reply).toMatchObject({ ok: true, data: { isNew: true, welcomeCoupons: [] } })
  })
})

describe('the till code (18 digits, for the barcode)', () => {
  const verify = (code: string, requestId = rid('scan')) => act(t, 'member', STAFF_A, 'verifyCode', { requestId, code, purpose: 'lookup' })
  beforeAll(() => join(t, 'barcode'))
  afterEach(() => t.dev('DELETE', 'clock'))

  test('is the card number and six one-time digits, accepted once', async () => {
    const { data } = await act(t, 'member', 'barcode', 'code')
    expect(data.tillCode).toMatch(new RegExp(`^${data.cardNo}\\d{6}$`))
    expect(await verify(data.tillCode)).toMatchObject({ ok: true, data: { cardNo: data.cardNo } })
    expect(await verify(data.tillCode)).toMatchObject({ ok: false, code: 'MEMBER.CODE_USED' })
  })

  test('lives through the next 30 s window, not the one after', async () => {
    await t.dev('POST', 'clock', { now: '2026-11-25T03:00:00.000Z' })
    const a = (await act(t, 'member', 'barcode', 'code')).data.tillCode
    const b = (await act(t, 'member', 'barcode', 'code')).data.tillCode
    expect(b).toBe(a) // the same window gives the same digits; each is still used once
    await t.dev('POST', 'clock', { now: '2026-11-25T03:00:59.999Z' })
    expect((await verify(a)).ok).toBe(true)
    await t.dev('POST', 'clock', { now: '2026-11-25T03:00:00.000Z' })
    const c = (await act(t, 'member', 'barcode', 'code')).data.tillCode
    await t.dev('POST', 'clock', { now: '2026-11-25T03:01:00.000Z' })
    expect(await verify(c)).toMatchObject({ ok: false, code: 'MEMBER.CODE_EXPIRED' })
  })

  test('wrong digits, another card number or another brand are refused', async () => {
    const { data } = await act(t, 'member', 'barcode', 'code')
    const last = Number(data.tillCode.slice(-1))
    expect(await verify(data.tillCode.slice(0, -1) + ((last + 1) % 10))).toMatchObject({ ok: false, code: 'MEMBER.CODE_INVALID' })
    // Another card number with this card's digits: the second digit turned, whatever it was.
    const otherCard = data.tillCode[0] + ((Number(data.tillCode[1]) + 1) % 10) + data.tillCode.slice(2)
    expect(otherCard.slice(0, 12)).not.toBe(data.cardNo)
    expect(await verify(otherCard)).toMatchObject({ ok: false, code: 'MEMBER.CODE_INVALID' })
    await t.db.collection('settings').doc('brand').update({ data: { brandId: 'other' } })
    const other = (await act(t, 'member', 'barcode', 'code')).data.tillCode
    await t.db.collection('settings').doc('brand').update({ data: { brandId: 'fresh' } })
    expect(await verify(other)).toMatchObject({ ok: false, code: 'MEMBER.CODE_INVALID' })
  })
})
