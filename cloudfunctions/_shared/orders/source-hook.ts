import type { OrderDoc } from './order-doc'

/** The hook an order's source module (flash sale, group buy, team buy) registered in `hooks`, if it has one. */
export function sourceHook<H>(hooks: Record<string, H>, order: Pick<OrderDoc, 'source'>): H | undefined {
  const kind = order.source?.kind
  return kind && Object.prototype.hasOwnProperty.call(hooks, kind) ? hooks[kind] : undefined
}
