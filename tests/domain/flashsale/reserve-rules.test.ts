import { checkReserve, flashItemState, soldPercent, MAX_UNITS_PER_RESERVATION } from '@/domain/flashsale'

const startAt = new Date('2026-11-30T02:00:00.000Z') // 10:00 Shanghai
const endAt = new Date('2026-11-30T04:00:00.000Z')
const rules = { startAt, endAt, limit: 2, tiers: null }
const at = (ms: number) => new Date(startAt.getTime() + ms)

describe('checkReserve', () => {
  test.each([
    ['09:59:59.900', at(-100), 1, undefined, 'FLASH.NOT_STARTED'],
    ['10:00:00.000', at(0), 1, undefined, null],
    ['the last millisecond', new Date(endAt.getTime() - 1), 1, undefined, null],
    ['the end instant', endAt, 1, undefined, 'FLASH.ENDED'],
    ['over the limit at once', at(0), 3, undefined, 'FLASH.LIMIT'],
    ['zero', at(0), 0, undefined, 'FLASH.INVALID_QUANTITY'],
    ['negative', at(0), -1, undefined, 'FLASH.INVALID_QUANTITY'],
    ['fractional', at(0), 1.5, undefined, 'FLASH.INVALID_QUANTITY'],
    ['huge', at(0), 1e9, undefined, 'FLASH.INVALID_QUANTITY'],
    ['over the cap', at(0), MAX_UNITS_PER_RESERVATION + 1, undefined, 'FLASH.INVALID_QUANTITY'],
    ['bad quantity before the clock', at(-100), 0, undefined, 'FLASH.INVALID_QUANTITY'],
  ])('%s', (_name, now, quantity, tier, code) => {
    const r = checkReserve(rules, quantity, now, tier)
    if (code) expect(r).toMatchObject({ ok: false, code })
    else expect(r).toEqual({ ok: true, value: { quantity } })
  })
  test('a tier list admits only its tiers; none or empty admits everyone', () => {
    const gold = { ...rules, tiers: ['gold', 'black'] as const }
    expect(checkReserve(gold, 1, at(0), 'silver')).toMatchObject({ ok: false, code: 'FLASH.TIER' })
    expect(checkReserve(gold, 1, at(0), 'black').ok).toBe(true)
    expect(checkReserve({ ...rules, tiers: [] }, 1, at(0), 'normal').ok).toBe(true)
  })
})

describe('item state and progress', () => {
  test.each([
    [at(-1), 5, 'upcoming'],
    [at(0), 5, 'live'],
    [at(0), 0, 'sold_out'],
    [endAt, 5, 'ended'],
    [endAt, 0, 'ended'],
  ])('%p with %p left is %p', (now, remaining, state) => {
    expect(flashItemState({ startAt, endAt }, remaining, now)).toBe(state)
  })
  test.each([
    [100, 100, 0],
    [100, 13, 87],
    [3, 1, 66],
    [100, 1, 99],
    [100, 0, 100],
    [100, -2, 100],
    [0, 0, 100],
  ])('stock %p, %p left → 已抢 %p%', (stock, remaining, pct) => {
    expect(soldPercent(stock, remaining)).toBe(pct)
  })
})
