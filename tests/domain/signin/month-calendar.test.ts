import { monthCalendar, type DayState } from '@/domain/signin'

const signed = new Map<string, 'signed' | 'makeup'>([
  ['2026-03-03', 'signed'],
  ['2026-03-04', 'makeup'],
  ['2026-03-05', 'signed'],
])
const base = { month: '2026-03', today: '2026-03-06', joinedDay: '2026-03-02', signed }

const states = (r: ReturnType<typeof monthCalendar>) => (r.ok ? r.value.map((d) => d.state) : r.code)

describe('monthCalendar', () => {
  test('the current month', () => {
    const r = monthCalendar(base)
    if (!r.ok) throw new Error(r.code)
    expect(r.value).toHaveLength(31)
    const head: DayState[] = ['before-join', 'missed', 'signed', 'makeup', 'signed', 'today', 'future']
    expect(r.value.slice(0, 7).map((d) => d.state)).toEqual(head)
    expect(r.value.filter((d) => d.canMakeup).map((d) => d.day)).toEqual(['2026-03-02'])
    expect(r.value.filter((d) => d.isToday).map((d) => d.day)).toEqual(['2026-03-06'])
    expect(r.value.at(-1)).toEqual({ day: '2026-03-31', state: 'future', isToday: false, canMakeup: false })
  })

  test('today already signed shows as signed, still flagged isToday', () => {
    const r = monthCalendar({ ...base, signed: new Map([...signed, ['2026-03-06', 'signed']]) })
    expect(r.ok && r.value[5]).toEqual({ day: '2026-03-06', state: 'signed', isToday: true, canMakeup: false })
  })

  test('no make-up once the month limit is used', () => {
    const r = monthCalendar({ ...base, makeupsThisMonth: 2 })
    expect(r.ok && r.value.some((d) => d.canMakeup)).toBe(false)
    expect(r.ok && r.value[1].state).toBe('missed')
  })

  test('a past month: missed days cannot be made up', () => {
    const r = monthCalendar({ ...base, month: '2026-02', joinedDay: '2026-02-10', signed: new Map() })
    if (!r.ok) throw new Error(r.code)
    expect(r.value).toHaveLength(28)
    expect(r.value[8].state).toBe('before-join')
    expect(r.value[9].state).toBe('missed')
    expect(r.value.some((d) => d.canMakeup)).toBe(false)
  })

  test('a leap February and a future month', () => {
    expect(states(monthCalendar({ ...base, month: '2028-02' }))).toEqual(Array(29).fill('future'))
  })

  test('today on the 1st: nothing to make up, the rest is future', () => {
    const r = monthCalendar({ ...base, month: '2026-04', today: '2026-04-01' })
    expect(r.ok && r.value[0].state).toBe('today')
    expect(r.ok && r.value.some((d) => d.canMakeup)).toBe(false)
  })

  test('only the missed days nearest today are marked, as many as make-ups are left', () => {
    const marked = (makeupsThisMonth: number) => {
      const r = monthCalendar({ ...base, today: '2026-03-31', makeupsThisMonth })
      return r.ok ? r.value.filter((d) => d.canMakeup).map((d) => d.day) : r.code
    }
    expect(marked(0)).toEqual(['2026-03-29', '2026-03-30'])
    expect(marked(1)).toEqual(['2026-03-30'])
    expect(marked(2)).toEqual([])
  })

  test.each(['2026-13', '2026-3', '', '2026-03-01'])('month %p → SIGNIN.INVALID_MONTH', (month) => {
    expect(monthCalendar({ ...base, month })).toMatchObject({ ok: false, code: 'SIGNIN.INVALID_MONTH' })
  })

  test('invalid today → SIGNIN.INVALID_DAY', () => {
    expect(monthCalendar({ ...base, today: '2026-02-30' })).toMatchObject({ ok: false, code: 'SIGNIN.INVALID_DAY' })
  })
})
