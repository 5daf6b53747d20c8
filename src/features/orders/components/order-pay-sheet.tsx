import type { usePayOrder } from '../hooks/use-pay-order'
import { MockPaySheet } from './mock-pay-sheet'

/** The 模拟支付 sheet wired to a payment in progress (local mode). */
export function OrderPaySheet({ pay }: { pay: ReturnType<typeof usePayOrder> }) {
  return (
    <MockPaySheet
      visible={!!pay.sheet}
      payableFen={pay.sheet?.payableFen ?? 0}
      orderNo={pay.sheet?.orderId ?? ''}
      pending={pay.simulate.pending}
      error={pay.simulate.error?.message}
      onPay={(o) => void pay.simulate.run(o)}
      onClose={pay.close}
    />
  )
}
