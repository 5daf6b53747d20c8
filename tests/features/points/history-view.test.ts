import type { LedgerItem } from '@/contracts/points'
import { amountTone, appendPage, groupByMonth, monthLabel, signedPoints } from '@/features/points/model/history-view'

const entry = (id: string, month: string, amount = 10): LedgerItem => ({
  id,
  code: amount > 0 ? 'earn.till' : 'spend.mall',
  title: amount > 0 ? '门店消费' : '积分兑换',
  amount,
  balanceAfter: 100,
  at: `${month}-15T02:00:00.000Z`,
  month,
})

describe('monthLabel', () => {
  test.each([
    ['2026-11', '2026年11月'],
    ['2026-01', '2026年1月'],
    ['2027-12', '2027年12月'],
  ])('%s → %s', (month, label) => expect(monthLabel(month)).toBe(label))
})

describe('groupByMonth', () => {
  test('no entries, no sections', () => expect(groupByMonth([])).toEqual([]))

  test('consecutive entries of a month share a section, in order', () => {
    const sections = groupByMonth([entry('a', '2026-11'), entry('b', '2026-11'), entry('c', '2026-10'), entry('d', '2025-12')])
    expect(sections.map((s) => [s.label, s.items.map((i) => i.id)])).toEqual([
      ['2026年11月', ['a', 'b']],
      ['2026年10月', ['c']],
      ['2025年12月', ['d']],
    ])
  })

  test('a page that continues the last month does not open a second section', () => {
    const first = [entry('a', '2026-11'), entry('b', '2026-10')]
    const next = [entry('c', '2026-10'), entry('d', '2026-09')]
    expect(groupByMonth(appendPage(first, next)).map((s) => s.items.length)).toEqual([1, 2, 1])
  })

  test('the same month in two years stays apart', () => {
    expect(groupByMonth([entry('a', '2026-01'), entry('b', '2025-01')])).toHaveLength(2)
  })
})

describe('signedPoints', () => {
  test.each([
    [35, '+35'],
    [-300, '−300'],
    [0, '0'],
    [1215, '+1,215'],
    [-1_234_567, '−1,234,567'],
  ])('%d → %s', (amount, text) => expect(signedPoints(amount)).toBe(text))
})

describe('amountTone', () => {
  test.each([
    [1, 'earn'],
    [-1, 'spend'],
    [0, 'spend'],
  ])('%d → %s', (amount, tone) => expect(amountTone(amount)).toBe(tone))
})

describe('appendPage', () => {
  test('keeps order and drops entries already shown', () => {
    const shown = [entry('a', '2026-11'), entry('b', '2026-11')]
    expect(appendPage(shown, [entry('b', '2026-11'), entry('c', '2026-10')]).map((i) => i.id)).toEqual(['a', 'b', 'c'])
  })

  test('an empty page changes nothing', () => {
    const shown = [entry('a', '2026-11')]
    expect(appendPage(shown, [])).toEqual(shown)
  })
})
