import type { LedgerCode } from './lot'

export type LedgerRef = Readonly<{ type: string; id: string }> | null | undefined

/** '2026-12-14' → '12月14日' (business days are plain strings, no clock needed). */
const monthDay = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日` : day)

/**
 * The second line of a points history entry: what it was. The admin's reason for an
 * adjustment, the receipt of a till purchase, the item bought in the mall (its title from
 * `itemTitles`), the day signed or made up. Undefined when the entry says it all.
 */
export function ledgerDetail(code: LedgerCode, ref: LedgerRef, itemTitles: ReadonlyMap<string, string> = new Map()): string | undefined {
  if (!ref?.id) return undefined
  switch (code) {
    case 'adjust.admin':
      return `原因：${ref.id}`
    case 'earn.till':
      return `小票 ${ref.id}`
    case 'spend.mall':
      return itemTitles.get(ref.id)
    case 'earn.signin':
      return `${monthDay(ref.id)}签到`
    case 'spend.makeup':
      return `补签 ${monthDay(ref.id)}`
    default:
      return undefined
  }
}
