import { mmss, msLeft, serverClock } from '@/features/orders/model/countdown'

describe('countdown on server time', () => {
  const deadline = '2026-03-01T10:15:00.000Z'

  test('a phone clock 10 minutes slow still counts to the server deadline', () => {
    const device = Date.parse('2026-03-01T09:50:00.000Z')
    const clock = serverClock('2026-03-01T10:00:00.000Z', device)
    expect(msLeft(deadline, clock, device)).toBe(15 * 60_000)
    expect(msLeft(deadline, clock, device + 60_000)).toBe(14 * 60_000)
  })

  test('never negative; a bad date is over', () => {
    const clock = serverClock('2026-03-01T10:20:00.000Z', 0)
    expect(msLeft(deadline, clock, 0)).toBe(0)
    expect(msLeft('not a date', clock, 0)).toBe(0)
    expect(serverClock('garbage', 123).skewMs).toBe(0)
  })

  test.each([
    [15 * 60_000, '15:00'],
    [61_000, '01:01'],
    [999, '00:01'],
    [0, '00:00'],
    [-5, '00:00'],
  ])('%p ms shows %p', (ms, text) => {
    expect(mmss(ms)).toBe(text)
  })
})
