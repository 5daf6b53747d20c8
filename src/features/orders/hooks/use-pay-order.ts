import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { isCloudError } from '@/lib/cloud'
import { useSingleFlight } from '@/lib/use-single-flight'
import { simulatePayment, startPayment } from '../api/orders'
import type { MockPayOptions } from '../components/mock-pay-sheet'

export interface PendingPayment {
  orderId: string
  payableFen: number
}

/**
 * Paying an order: order.pay answers WeChat's requestPayment parameters (production) or
 * local mode, where the 模拟支付 sheet stands in for WeChat's cashier. `onPaid` runs once
 * the payment was handed over (the order may still show 待付款 until the callback lands);
 * `onLeft` when the member closes the cashier without paying.
 */
export function usePayOrder(onPaid: (orderId: string) => void, onLeft: (orderId: string) => void) {
  const [sheet, setSheet] = useState<PendingPayment>()
  const starting = useRef(false)

  const start = useCallback(
    async (orderId: string) => {
      if (starting.current) return
      starting.current = true
      try {
        const reply = await startPayment(orderId)
        if (reply.mode === 'local' || !reply.payment) return setSheet({ orderId, payableFen: reply.order.money.payableFen })
        try {
          await Taro.requestPayment(reply.payment as unknown as Taro.requestPayment.Option)
          onPaid(orderId)
        } catch {
          onLeft(orderId) // cancelled in WeChat's cashier: the order stays 待付款
        }
      } catch (e) {
        if (!isCloudError(e)) onLeft(orderId)
      } finally {
        starting.current = false
      }
    },
    [onPaid, onLeft],
  )

  const simulate = useSingleFlight(async (options: MockPayOptions) => {
    if (!sheet) return
    await simulatePayment(sheet.orderId, options.duplicate, options.late)
    setSheet(undefined)
    onPaid(sheet.orderId)
  })

  const close = () => {
    if (!sheet || simulate.pending) return
    setSheet(undefined)
    onLeft(sheet.orderId)
  }

  return { start, sheet, simulate, close }
}
