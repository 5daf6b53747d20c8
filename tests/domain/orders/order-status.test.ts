import { canHappen, nextStatus, ORDER_STATUS_LABELS, type OrderEvent, type OrderStatus } from '@/domain/orders'

type Kind = 'pickup' | 'delivery'
const ALL_STATUSES = Object.keys(ORDER_STATUS_LABELS) as OrderStatus[]
const ALL_EVENTS: OrderEvent[] = ['pay', 'prepare', 'pickup', 'ship', 'complete', 'cancel', 'expire', 'request_refund', 'settle_refund']

/** Every allowed transition; anything not listed must be refused. */
const ALLOWED: [OrderStatus, OrderEvent, Kind, OrderStatus][] = [
  ['unpaid', 'pay', 'pickup', 'paid'],
  ['unpaid', 'pay', 'delivery', 'paid'],
  ['unpaid', 'cancel', 'pickup', 'cancelled'],
  ['unpaid', 'cancel', 'delivery', 'cancelled'],
  ['unpaid', 'expire', 'pickup', 'cancelled'],
  ['unpaid', 'expire', 'delivery', 'cancelled'],
  ['paid', 'prepare', 'pickup', 'awaiting_pickup'],
  ['paid', 'ship', 'delivery', 'shipped'],
  ['paid', 'request_refund', 'pickup', 'refunding'],
  ['paid', 'request_refund', 'delivery', 'refunding'],
  ['awaiting_pickup', 'pickup', 'pickup', 'picked_up'],
  ['awaiting_pickup', 'request_refund', 'pickup', 'refunding'],
  ['awaiting_pickup', 'request_refund', 'delivery', 'refunding'],
  ['picked_up', 'complete', 'pickup', 'completed'],
  ['picked_up', 'complete', 'delivery', 'completed'],
  ['picked_up', 'request_refund', 'pickup', 'refunding'],
  ['picked_up', 'request_refund', 'delivery', 'refunding'],
  ['shipped', 'complete', 'pickup', 'completed'],
  ['shipped', 'complete', 'delivery', 'completed'],
  ['shipped', 'request_refund', 'pickup', 'refunding'],
  ['shipped', 'request_refund', 'delivery', 'refunding'],
  ['completed', 'request_refund', 'pickup', 'refunding'],
  ['completed', 'request_refund', 'delivery', 'refunding'],
  ['refunding', 'settle_refund', 'pickup', 'refunded'],
  ['refunding', 'settle_refund', 'delivery', 'refunded'],
]

describe('order state table', () => {
  test.each(ALLOWED)('%s --%s (%s)--> %s', (from, event, kind, to) => {
    expect(nextStatus(from, event, kind)).toEqual({ ok: true, value: to })
  })

  const refused = ALL_STATUSES.flatMap((s) => ALL_EVENTS.flatMap((e) => (['pickup', 'delivery'] as Kind[]).map((k) => [s, e, k] as const))).filter(
    ([s, e, k]) => !ALLOWED.some(([a, b, c]) => a === s && b === e && c === k),
  )
  test.each(refused)('%s --%s (%s)--> refused', (from, event, kind) => {
    expect(nextStatus(from, event, kind)).toMatchObject({ ok: false, code: 'ORDER.BAD_STATE' })
    expect(canHappen(from, event, kind)).toBe(false)
  })

  test('a rejected refund goes back to where the order was', () => {
    expect(nextStatus('refunding', 'reject_refund', 'pickup', 'awaiting_pickup')).toEqual({ ok: true, value: 'awaiting_pickup' })
    expect(nextStatus('refunding', 'reject_refund', 'pickup')).toMatchObject({ ok: false })
    expect(nextStatus('paid', 'reject_refund', 'pickup', 'paid')).toMatchObject({ ok: false })
    expect(nextStatus('refunding', 'settle_partial_refund', 'delivery', 'shipped')).toEqual({ ok: true, value: 'shipped' })
  })

  test('cancelled and refunded are final', () => {
    for (const e of ALL_EVENTS) {
      expect(canHappen('cancelled', e, 'pickup')).toBe(false)
      expect(canHappen('refunded', e, 'delivery')).toBe(false)
    }
  })
})
