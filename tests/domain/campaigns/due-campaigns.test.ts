import { bestMultiplier, campaignBanners, dueCampaigns, giftsDue } from '@/domain/campaigns'
import { addDays, startOfDay, weekday } from '@/domain/time'
import { LADDER, PLAYBOOK, noon, occasion } from './playbook.fixture'

const ids = (event: Parameters<typeof occasion>[0], day: string, over = {}) => dueCampaigns(PLAYBOOK, occasion(event, day, over)).map((d) => d.campaign.id)

function yearDays(year: number): string[] {
  const days: string[] = []
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) days.push(d)
  return days
}

describe('a calendar year, day by day (Asia/Shanghai)', () => {
  test.each([
    // year, days, Tuesdays, birthday days, birthday-month days, 11.11 days (order-paid)
    [2028, 366, 52, ['2028-02-29'], 29, ['2028-11-11']],
    [2027, 365, 52, ['2027-02-28'], 28, []],
    [2025, 365, 52, ['2025-02-28'], 28, ['2025-11-11']],
  ])('%i: member days, the birthday (born 29 Feb), the birthday month and 11.11', (year, count, tuesdays, birthdays, febDays, double11) => {
    const days = yearDays(year)
    expect(days).toHaveLength(count)
    const on = (id: string, event: Parameters<typeof occasion>[0]) => days.filter((d) => ids(event, d).includes(id))
    expect(on('member-day', 'order-paid')).toEqual(days.filter((d) => weekday(d) === 2))
    expect(on('member-day', 'order-paid')).toHaveLength(tuesdays)
    expect(on('birthday-gift', 'daily')).toEqual(birthdays)
    expect(on('birthday-month', 'order-paid')).toHaveLength(febDays)
    expect([...on('double-11', 'order-paid'), ...on('double-11-2028', 'order-paid')]).toEqual(double11)
    // Joining gifts never come from the calendar, and a disabled campaign never applies.
    expect(on('welcome', 'order-paid')).toEqual([])
    expect(on('retired', 'order-paid')).toEqual([])
  })
})

describe('multipliers: the largest wins, no stacking', () => {
  test.each([
    ['an ordinary Wednesday', '2026-03-11', {}, 1, null],
    ['a Tuesday, silver', '2026-03-10', {}, 2, 'member-day'],
    ['a Tuesday, normal tier (member day is 银卡及以上)', '2026-03-10', { tier: 'normal' }, 1, null],
    ['a Tuesday, black', '2026-03-10', { tier: 'black' }, 2, 'member-day'],
    ['a Tuesday, unknown tier', '2026-03-10', { tier: 'mystery' }, 1, null],
    ['a Tuesday, member day for a tier the chain dropped', '2026-03-10', { tier: 'gold', tierLadder: ['normal', 'gold'] }, 1, null],
    ['a Tuesday that is also 29 February, the birthday', '2028-02-29', {}, 3, 'birthday-month'],
    ['11.11 on a Tuesday: 2 and 2 give 2, not 4', '2025-11-11', {}, 2, 'member-day'],
    ['11.11 on a Saturday', '2028-11-11', {}, 2, 'double-11-2028'],
    ['a February Tuesday, no birthday told', '2026-02-24', { birthday: null }, 2, 'member-day'],
  ])('%s', (_name, day, over, multiplier, winner) => {
    const result = bestMultiplier(dueCampaigns(PLAYBOOK, occasion('order-paid', day, over)))
    expect(result.multiplier).toBe(multiplier)
    expect(result.winner?.campaign.id ?? null).toBe(winner)
  })

  test('the birthday month’s first order is once: the second order that Tuesday gets member day’s 2', () => {
    const due = dueCampaigns(PLAYBOOK, occasion('order-paid', '2028-02-29'))
    const first = bestMultiplier(due)
    expect(first.winner?.key).toBe('campaign:birthday-month:m1:2028')
    expect(bestMultiplier(due, new Set([first.winner!.key])).multiplier).toBe(2)
  })
})

describe('once per (member, campaign, period)', () => {
  const key = (id: string, event: Parameters<typeof occasion>[0], day: string, over = {}) => dueCampaigns(PLAYBOOK, occasion(event, day, over)).find((d) => d.campaign.id === id)?.key
  test.each([
    ['each member day is its own period', 'member-day', 'signin', '2026-03-10', '2026-03-17', false],
    ['the birthday month is once a year', 'birthday-month', 'order-paid', '2028-02-01', '2028-02-29', true],
    ['next year’s birthday month is another', 'birthday-month', 'order-paid', '2028-02-01', '2029-02-01', false],
  ])('%s', (_name, id, event, dayA, dayB, same) => {
    const a = key(id, event as 'signin', dayA)
    expect(a).toBeDefined()
    expect(a === key(id, event as 'signin', dayB)).toBe(same)
    expect(a).not.toBe(key(id, event as 'signin', dayA, { memberId: 'm2' }))
  })

  test('the day boundary is Shanghai midnight, whatever the host clock says', () => {
    const justBefore = new Date(startOfDay('2026-03-10').getTime() - 1) // Monday 23:59:59.999 Shanghai
    expect(dueCampaigns(PLAYBOOK, occasion('order-paid', '2026-03-09', { now: justBefore })).map((d) => d.campaign.id)).not.toContain('member-day')
    expect(dueCampaigns(PLAYBOOK, occasion('order-paid', '2026-03-10', { now: startOfDay('2026-03-10') })).map((d) => d.campaign.id)).toContain('member-day')
  })
})

describe('joining gifts (the built-in campaigns behind coupon templates’ issuedBy)', () => {
  test.each([
    ['a new member, no scene', true, null, ['new-member']],
    ['a new member through the community group', true, 'community', ['new-member', 'community']],
    ['a returning member through the community group', false, 'community', ['community']],
    ['a returning member at the counter', false, 'counter', []],
  ])('%s', (_name, isNewMember, sceneChannel, issuers) => {
    expect(giftsDue(occasion('join', '2026-03-10', { isNewMember, sceneChannel })).map((g) => g.issuer)).toEqual(issuers)
  })

  test.each([
    ['1996-02-29', '2027-02-28', '2027'],
    ['1996-02-29', '2028-02-29', '2028'],
    ['1990-11-11', '2025-11-11', '2025'],
  ])('born %s: the birthday gift on %s, once in %s', (birthday, day, period) => {
    expect(giftsDue(occasion('daily', day, { birthday }))).toEqual([{ issuer: 'birthday', period }])
    expect(giftsDue(occasion('daily', addDays(day, 1), { birthday }))).toEqual([])
  })
})

describe('home page banners', () => {
  const withBanners = PLAYBOOK.map((c) => ({ ...c, banner: `${c.name}进行中` }))
  const seen = (day: string, member: { tier: string; birthday: string | null } | null) => campaignBanners(withBanners, { member, tierLadder: LADDER }, noon(day)).map((b) => b.id)
  test.each([
    ['a silver member on the Tuesday that is their 29 February birthday', '2028-02-29', { tier: 'silver', birthday: '1996-02-29' }, ['member-day', 'birthday-gift', 'birthday-month']],
    ['a normal-tier member on a Tuesday', '2026-03-10', { tier: 'normal', birthday: null }, []],
    ['a gold member on 11.11 (a Tuesday in 2025)', '2025-11-11', { tier: 'gold', birthday: '1990-05-01' }, ['member-day', 'double-11']],
    ['a visitor on a Tuesday: what joining gives', '2026-03-10', null, ['welcome', 'community']],
    ['a visitor on 11.11', '2025-11-11', null, ['welcome', 'community', 'double-11']],
  ])('%s', (_name, day, member, ids) => {
    expect(seen(day, member)).toEqual(ids)
  })
})
