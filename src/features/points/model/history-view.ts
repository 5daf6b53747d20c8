import { formatPoints } from '@/domain/points'
import type { LedgerItem } from '@/contracts/points'

export type HistoryFilter = 'all' | 'earn' | 'spend'

/** The filter chips above the history, in display order. */
export const HISTORY_FILTERS: readonly { value: HistoryFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'earn', label: '获得' },
  { value: 'spend', label: '使用' },
]

export interface MonthSection {
  month: string
  label: string
  items: LedgerItem[]
}

/** 'YYYY-MM' → '2026年11月' (no leading zero on the month). */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-')
  return `${year}年${Number(m)}月`
}

/**
 * Consecutive entries of the same month form one section. The history comes newest first,
 * so pages appended later continue the last section instead of opening a second one.
 */
export function groupByMonth(items: readonly LedgerItem[]): MonthSection[] {
  const sections: MonthSection[] = []
  for (const item of items) {
    const last = sections[sections.length - 1]
    if (last && last.month === item.month) last.items.push(item)
    else sections.push({ month: item.month, label: monthLabel(item.month), items: [item] })
  }
  return sections
}

/** +35 / −300 (a true minus sign) / 0, with thousands separators. */
export function signedPoints(amount: number): string {
  if (amount > 0) return `+${formatPoints(amount)}`
  if (amount < 0) return `−${formatPoints(-amount)}`
  return '0'
}

/** Earned points read green, spent and expired ones grey. */
export const amountTone = (amount: number): 'earn' | 'spend' => (amount > 0 ? 'earn' : 'spend')

/** Appends a page, dropping entries already shown (a refresh racing a page load). */
export function appendPage(shown: readonly LedgerItem[], page: readonly LedgerItem[]): LedgerItem[] {
  const seen = new Set(shown.map((i) => i.id))
  return [...shown, ...page.filter((i) => !seen.has(i.id))]
}
