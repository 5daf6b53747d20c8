import { View } from '@tarojs/components'
import type { OrderView } from '@/contracts/order'
import { fenToText } from '@/components/price'
import type { ServerClock } from '../../model/countdown'
import { OrderCountdown } from '../order-countdown'
import './index.scss'

const SUBTITLE: Partial<Record<OrderView['status'], string>> = {
  paid: '商家备货中，请留意提货通知',
  awaiting_pickup: '请到店出示提货码取货',
  picked_up: '已取货，感谢光临',
  shipped: '商品已发出，请留意收货',
  completed: '订单已完成',
  refunding: '退款处理中，审核通过后原路退回',
  refunded: '退款已原路退回',
}

/** The order's status, big, with what it means now (待付款: the countdown on server time). */
export function OrderStatusHead({ order, clock }: { order: OrderView; clock: ServerClock }) {
  const late = order.latePayment
  let subtitle = SUBTITLE[order.status] ?? ''
  if (order.status === 'cancelled') subtitle = order.cancelReason ?? '订单已取消'
  if (order.status === 'paid' && order.fulfilment.kind === 'delivery') subtitle = '商家备货中，发货后可查看快递单号'
  return (
    <View className={`order-status order-status--${order.status}`}>
      <View className='order-status__title'>{order.statusText}</View>
      <View className='order-status__subtitle'>
        {order.status === 'unpaid' ? (
          <>
            请在 <OrderCountdown payBy={order.payBy} clock={clock} className='order-status__countdown' /> 内完成支付，超时订单自动取消
          </>
        ) : (
          subtitle
        )}
      </View>
      {late && (
        <View className='order-status__late'>
          订单取消后收到付款 {fenToText(late.amountFen)}，{late.refunded ? '已自动原路退回' : '正在自动退回'}
        </View>
      )}
    </View>
  )
}
