import type { OrderView } from '@/contracts/order'
import { inShanghai } from '@/domain/time'

/** 「2026-11-29 14:05」 in Shanghai, whatever the phone's timezone. */
export const orderTime = (iso: string | null): string => (iso ? inShanghai(new Date(iso)).format('YYYY-MM-DD HH:mm') : '')

/** Where the order goes: the pickup store, or the delivery address. */
export function fulfilmentText(order: OrderView): { title: string; detail: string } {
  if (order.fulfilment.kind === 'pickup') return { title: `到店自提 · ${order.store?.name ?? ''}`, detail: order.store?.address ?? '' }
  const a = order.fulfilment.address
  return { title: `配送到家 · ${a.name} ${a.phone}`, detail: `${a.region} ${a.detail}` }
}

/** What the money line says: 需付款 before paying, 应付 when cancelled unpaid, 实付 once paid. */
export const payableLabel = (status: OrderView['status']) => (status === 'unpaid' ? '需付款' : status === 'cancelled' ? '应付' : '实付')

/** Units in the order, for 「共 3 件」. */
export const unitCount = (order: OrderView) => order.lines.reduce((n, l) => n + l.quantity, 0)
