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

/** Pick lists of consecutive pages as one: a point's totals add up, its participants follow on in number order. */
export function mergePickLists(pages: readonly PickPoint[][]): PickPoint[] {
  const points = new Map<string, PickPoint>()
  for (const point of pages.flat()) {
    const was = points.get(point.pickupPoint)
    if (!was) {
      points.set(point.pickupPoint, { ...point, totals: [...point.totals], participants: [...point.participants] })
      continue
    }
    const totals = new Map(was.totals.map((t) => [t.key, t]))
    for (const t of point.totals) totals.set(t.key, { ...t, quantity: (totals.get(t.key)?.quantity ?? 0) + t.quantity })
    points.set(point.pickupPoint, { pickupPoint: point.pickupPoint, totals: [...totals.values()].sort((a, b) => Number(a.key) - Number(b.key)), participants: [...was.participants, ...point.participants] })
  }
  return [...points.values()]
}

export interface ExportHead {
  title: string
  pickup: string
  /** The chain's totals (its running tally) and participants: the whole chain, whatever page this is. */
  totals: readonly ProductTotal[]
  participants: number
}

/**
 * One page of the plain text for the group: the header on the first page, one line per
 * entry in number order, the totals on the last. Pages joined with '\n' make the whole text.
 */
export function exportPage(head: ExportHead, entries: readonly NumberedEntry[], at: { first: boolean; last: boolean }): string {
  const rows = [...entries].sort(byNo).map((e) => `${e.no}. ${e.name} ${itemsText(e.lines)}${e.pickedUp ? '（已提货）' : ''}`)
  const sums = head.totals.filter((t) => t.quantity > 0).map((t) => `${t.name} 共 ${t.quantity} 份`)
  const amount = head.totals.reduce((s, t) => s + t.amountFen, 0)
  const top = at.first ? [`【接龙】${head.title}`, `自提：${head.pickup}`, `已有 ${head.participants} 人参与`, ''] : []
  const bottom = at.last ? ['', ...sums, `合计 ${formatFen(amount)} 元`] : []
  return [...top, ...rows, ...bottom].join('\n')
}

/** Plain text for the group: a header, one line per entry in number order, then the totals. */
export const exportText = (chain: { title: string; pickup: string }, totals: readonly ProductTotal[], entries: readonly NumberedEntry[]): string =>
  exportPage({ ...chain, totals, participants: entries.length }, entries, { first: true, last: true })
