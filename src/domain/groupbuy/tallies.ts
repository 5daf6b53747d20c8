/**
 * What the leader and the store work from, computed from the numbered (paid) entries:
 * running totals per product, the pick list (备货单) by pickup point and by participant,
 * and the plain-text export to paste into the group, in entry-number order.
 */
import { formatFen } from './money-text'

export interface EntryLine {
  key: string
  name: string
  quantity: number
  /** What the member paid a unit (the chain price, or their tier price when lower). */
  unitFen?: number
}

export interface NumberedEntry {
  entryId: string
  no: number
  name: string
  phone: string | null
  lines: readonly EntryLine[]
  amountFen: number
  pickupPoint: string
  pickedUp: boolean
}

export interface ProductTotal {
  key: string
  name: string
  quantity: number
  amountFen: number
  entries: number
}

/** Totals per product, in the chain's product order (`products`). */
export function productTotals(products: readonly { key: string; name: string; chainPriceFen: number }[], entries: readonly NumberedEntry[]): ProductTotal[] {
  return products.map((p) => {
    const lines = entries.flatMap((e) => e.lines.filter((l) => l.key === p.key))
    const quantity = lines.reduce((s, l) => s + l.quantity, 0)
    const amountFen = lines.reduce((s, l) => s + l.quantity * (l.unitFen ?? p.chainPriceFen), 0)
    return { key: p.key, name: p.name, quantity, amountFen, entries: lines.length }
  })
}

const byNo = (a: NumberedEntry, b: NumberedEntry) => a.no - b.no

export interface PickPoint {
  pickupPoint: string
  totals: { key: string; name: string; quantity: number }[]
  participants: { entryId: string; no: number; name: string; phone: string | null; items: string; pickedUp: boolean }[]
}

export const itemsText = (lines: readonly EntryLine[]) => lines.map((l) => `${l.name}×${l.quantity}`).join('，')

/** The pick list: per pickup point, what to prepare in total, then each participant's bag. */
export function pickList(entries: readonly NumberedEntry[]): PickPoint[] {
  const points = new Map<string, NumberedEntry[]>()
  for (const e of [...entries].sort(byNo)) points.set(e.pickupPoint, [...(points.get(e.pickupPoint) ?? []), e])
  return [...points].map(([pickupPoint, list]) => {
    const totals = new Map<string, { key: string; name: string; quantity: number }>()
    for (const l of list.flatMap((e) => e.lines)) {
      const t = totals.get(l.key) ?? { key: l.key, name: l.name, quantity: 0 }
      totals.set(l.key, { ...t, quantity: t.quantity + l.quantity })
    }
    return {
      pickupPoint,
      totals: [...totals.values()].sort((a, b) => Number(a.key) - Number(b.key)),
      participants: list.map((e) => ({ entryId: e.entryId, no: e.no, name: e.name, phone: e.phone, items: itemsText(e.lines), pickedUp: e.pickedUp })),
    }
  })
}

/** Plain text for the group: a header, one line per entry in number order, then the totals. */
export function exportText(chain: { title: string; pickup: string }, totals: readonly ProductTotal[], entries: readonly NumberedEntry[]): string {
  const rows = [...entries].sort(byNo).map((e) => `${e.no}. ${e.name} ${itemsText(e.lines)}${e.pickedUp ? '（已提货）' : ''}`)
  const sums = totals.filter((t) => t.quantity > 0).map((t) => `${t.name} 共 ${t.quantity} 份`)
  const amount = totals.reduce((s, t) => s + t.amountFen, 0)
  return [`【接龙】${chain.title}`, `自提：${chain.pickup}`, `已有 ${entries.length} 人参与`, '', ...rows, '', ...sums, `合计 ${formatFen(amount)} 元`].join('\n')
}
