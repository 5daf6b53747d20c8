import { buyButton, liveState } from '@/features/flashsale/model/buy-button'
import { noteServerTime, useServerClock } from '@/features/flashsale/model/server-clock'
import { correctedNow } from '@/domain/flashsale'

const item = { state: 'upcoming' as const, startAt: '2026-12-01T02:00:00.000Z', endAt: '2026-12-01T04:00:00.000Z', limit: 1, bought: 0, reminded: false, reminderTemplateId: 'tpl', soldPercent: 0 }
const at = (iso: string) => new Date(iso)

describe('the buy button follows the server clock', () => {
  test('a phone 5 minutes fast still opens at the server’s 10:00:00', () => {
    // The server said 09:59:00 when the phone read 10:04:00.
    const localAtReply = Date.parse('2026-12-01T02:04:00.000Z')
    noteServerTime('2026-12-01T01:59:00.000Z', localAtReply)
    const { offsetMs } = useServerClock.getState()
    expect(offsetMs).toBe(-5 * 60_000)
    const phoneSays1005 = correctedNow(offsetMs, Date.parse('2026-12-01T02:04:59.900Z'))
    expect(buyButton(item, phoneSays1005)).toMatchObject({ enabled: true, action: 'remind', text: '提醒我 · 00:00:01 后开抢' })
    expect(buyButton(item, correctedNow(offsetMs, Date.parse('2026-12-01T02:05:00.000Z')))).toEqual({ text: '立即抢购', enabled: true, action: 'reserve' })
  })
  test.each([
    ['before, reminded', { reminded: true }, '2026-12-01T01:00:00.000Z', { enabled: false, text: '已设提醒 · 01:00:00 后开抢' }],
    ['before, no reminders', { reminderTemplateId: null }, '2026-12-01T01:59:59.000Z', { enabled: false, text: '00:00:01 后开抢' }],
    ['sold out', { state: 'sold_out' as const, soldPercent: 100 }, '2026-12-01T02:30:00.000Z', { enabled: false, text: '已抢光' }],
    ['at the limit', { bought: 1 }, '2026-12-01T02:30:00.000Z', { enabled: false, text: '已达限购' }],
    ['ended', {}, '2026-12-01T04:00:00.000Z', { enabled: false, text: '已结束' }],
  ])('%s', (_name, over, now, expected) => {
    expect(buyButton({ ...item, ...over }, at(now))).toMatchObject(expected)
  })
  test('a list fetched before the start shows live once the server clock passes it', () => {
    expect(liveState(item, at('2026-12-01T02:00:00.000Z'))).toBe('live')
    expect(liveState({ ...item, state: 'sold_out' }, at('2026-12-01T02:00:01.000Z'))).toBe('sold_out')
    expect(liveState(item, at('2026-12-01T04:00:00.000Z'))).toBe('ended')
  })
})
