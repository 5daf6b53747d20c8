import type { LedgerCode } from './lot'

/** What an entry points at; a till purchase also names its store. */
export type LedgerRef = Readonly<{ type: string; id: string; storeId?: string }> | null | undefined

/** Names the history looks up for a page: mall items' titles and stores' names, by id. */
export interface LedgerNames {
  items?: ReadonlyMap<string, string>
  stores?: ReadonlyMap<string, string>
}

/** '2026-12-14' → '12月14日' (business days are plain strings, no clock needed). */
const monthDay = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日` : day)

/**
 * The second line of a points history entry: what it was. The admin's reason for an
 * adjustment, the store and receipt of a till purchase (「徐汇店 · 小票 R1001」), the item
 * bought in the mall, the day signed or made up. Undefined when the entry says it all.
 */
export function ledgerDetail(code: LedgerCode, ref: LedgerRef, names: LedgerNames = {}): string | undefined {
  if (!ref?.id) return undefined
  switch (code) {
    case 'adjust.admin':
      return `原因：${ref.id}`
    case 'earn.till': {
      const store = ref.storeId && names.stores?.get(ref.storeId)
      return store ? `${store} · 小票 ${ref.id}` : `小票 ${ref.id}`
    }
    case 'spend.mall':
      return names.items?.get(ref.id)
    case 'earn.signin':
      return `${monthDay(ref.id)}签到`
    case 'spend.makeup':
      return `补签 ${monthDay(ref.id)}`
    default:
      return undefined
  }
}
