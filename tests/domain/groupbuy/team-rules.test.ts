import { checkTeamJoinable, checkTeamQuantity, seatOnPayment, seatsLeft, teamDeadline, teamPhase, teamShareTitle, teamSharePath, type TeamRules, type TeamSeat } from '@/domain/groupbuy'

const opened = new Date('2027-01-01T04:00:00.000Z') // 12:00 Shanghai
const deadline = teamDeadline(opened, 24)
const at = (iso: string) => new Date(iso)
const seat = (memberId: string, paidAt = at('2027-01-01T05:00:00.000Z')): TeamSeat => ({ memberId, orderId: `o-${memberId}`, paidAt })
const team = (seats: TeamSeat[], over: Partial<TeamRules> = {}): TeamRules => ({ status: 'forming', size: 3, deadline, seats, ...over })

describe('the window holds to the millisecond', () => {
  test('24 hours after opening', () => expect(deadline.toISOString()).toBe('2027-01-02T04:00:00.000Z'))
  test.each([
    ['2027-01-02T03:59:59.999Z', 'forming', true],
    ['2027-01-02T04:00:00.000Z', 'failed', false],
  ] as const)('at %s a forming team is %s', (now, phase, joinable) => {
    expect(teamPhase(team([seat('a')]), at(now))).toBe(phase)
    expect(checkTeamJoinable(team([seat('a')]), 'b', at(now)).ok).toBe(joinable)
  })
  test('a succeeded team stays succeeded after its deadline', () => expect(teamPhase(team([], { status: 'succeeded' }), at('2030-01-01T00:00:00Z'))).toBe('succeeded'))
  test.each(['failing', 'failed'] as const)('a %s team is failed', (status) => expect(teamPhase(team([], { status }), opened)).toBe('failed'))
})

describe('joining', () => {
  const now = at('2027-01-01T06:00:00.000Z')
  test.each([
    [team([seat('a')]), 'a', 'GROUPBUY.TEAM_ALREADY_IN'],
    [team([], { status: 'succeeded' }), 'b', 'GROUPBUY.TEAM_FULL'],
    [team([], { status: 'failed' }), 'b', 'GROUPBUY.TEAM_CLOSED'],
  ])('refused: %#', (t, who, code) => expect(checkTeamJoinable(t, who, now)).toMatchObject({ ok: false, code }))
  test.each([
    [1, 2, true],
    [2, 2, true],
    [3, 2, false],
    [0, 2, false],
    [-1, 2, false],
    [1.5, 2, false],
  ])('quantity %s with a limit of %s: %s', (q, limit, fine) => expect(checkTeamQuantity(q, limit).ok).toBe(fine))
})

describe('a seat is taken when paid: exactly N', () => {
  test('the last seat makes the team succeed', () => {
    const r = seatOnPayment(team([seat('a'), seat('b')]), seat('c'))
    expect(r).toMatchObject({ kind: 'seated', status: 'succeeded' })
    expect(r.kind === 'seated' && r.seats).toHaveLength(3)
  })
  test('a seat before the last keeps it forming', () => expect(seatOnPayment(team([seat('a')]), seat('b'))).toMatchObject({ kind: 'seated', status: 'forming' }))
  test.each([
    ['full', team([seat('a'), seat('b'), seat('c')], { status: 'succeeded' }), seat('d'), '该团已满，已自动退款'],
    ['full but not yet marked', team([seat('a'), seat('b'), seat('c')]), seat('d'), '该团已满，已自动退款'],
    ['paid at the deadline', team([seat('a')]), seat('d', deadline), '拼团未成功，已自动退款'],
    ['failed', team([seat('a')], { status: 'failing' }), seat('d'), '拼团未成功，已自动退款'],
    ['a second order of a seated member', team([seat('a')]), { ...seat('a'), orderId: 'o-a-2' }, '您已在该团中，重复支付已退款'],
  ])('refunded when %s', (_why, t, s, reason) => expect(seatOnPayment(t, s)).toEqual({ kind: 'refund', reason }))
  test('the same order again (a re-run) changes nothing', () => expect(seatOnPayment(team([seat('a')]), seat('a'))).toMatchObject({ kind: 'seated', status: 'forming', seats: [seat('a')] }))
  test('seats left never below zero', () => expect(seatsLeft({ size: 2, seats: [seat('a'), seat('b'), seat('c')] })).toBe(0))
})

test('the share card', () => {
  expect(teamShareTitle('阳光玫瑰葡萄', 2990, 1)).toBe('【拼团】阳光玫瑰葡萄 29.9元 · 还差 1 人')
  expect(teamShareTitle('阳光玫瑰葡萄', 2990, 0)).toBe('【拼团】阳光玫瑰葡萄 29.9元')
  expect(teamSharePath('t1', '8800123')).toBe('/packages/groupbuy/pages/team/index?id=t1&from=8800123')
  expect(teamSharePath('t1', null)).toBe('/packages/groupbuy/pages/team/index?id=t1')
})
