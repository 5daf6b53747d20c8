import { sessionOf, upcomingSessions, isSlotTime } from '@/domain/flashsale'

describe('sessions are Shanghai wall-clock slots', () => {
  test.each([
    ['2026-11-30', '10:00', '2026-11-30T02:00:00.000Z'],
    ['2026-11-30', '00:00', '2026-11-29T16:00:00.000Z'],
    ['2026-12-31', '20:00', '2026-12-31T12:00:00.000Z'],
    ['2028-02-29', '23:30', '2028-02-29T15:30:00.000Z'],
  ])('%s %s starts at %s', (day, start, iso) => {
    const s = sessionOf(day, { start, minutes: 120 })
    expect(s.startAt.toISOString()).toBe(iso)
    expect(s.endAt.getTime() - s.startAt.getTime()).toBe(120 * 60_000)
    expect(s.sessionId).toBe(`${day}@${start}`)
  })
  test.each(['24:00', '9:00', '10:60', '', '10:00:00'])('%p is not a slot time', (v) => {
    expect(isSlotTime(v)).toBe(false)
    if (v) expect(() => sessionOf('2026-11-30', { start: v, minutes: 60 })).toThrow()
  })
  test('the tabs: sessions not yet ended, today then tomorrow, earliest first', () => {
    const slots = [{ start: '20:00', minutes: 60 }, { start: '10:00', minutes: 120 }, { start: '14:00', minutes: 60 }]
    // 14:30 Shanghai: 10:00 has ended, 14:00 is live.
    const list = upcomingSessions('2026-11-30', slots, new Date('2026-11-30T06:30:00Z'))
    expect(list.map((s) => s.sessionId)).toEqual(['2026-11-30@14:00', '2026-11-30@20:00', '2026-12-01@10:00', '2026-12-01@14:00', '2026-12-01@20:00'])
  })
})
