import Taro from '@tarojs/taro'
import { useSingleFlight } from '@/lib/use-single-flight'
import { cancelOrder, completeOrder, type OrderView } from '../api/orders'
import { orderRoutes } from '../routes'
import { usePayOrder } from './use-pay-order'

/**
 * 去支付, 取消订单 and 确认收货 for an order already placed (detail, list). Cancel and
 * 确认收货 ask first; all are single-flight. `onChanged` hears the order as the server answered it.
 */
export function useOrderActions(onChanged: (order?: OrderView) => void) {
  const pay = usePayOrder(
    (orderId) => void Taro.navigateTo({ url: orderRoutes.payResult(orderId) }),
    () => onChanged(),
  )
  const cancel = useSingleFlight(async (orderId: string) => {
    const { confirm } = await Taro.showModal({ title: '取消订单', content: '取消后，优惠券和积分将退回账户', confirmText: '取消订单', cancelText: '再想想' })
    if (!confirm) return undefined
    const { order } = await cancelOrder(orderId)
    onChanged(order)
    void Taro.showToast({ title: '订单已取消', icon: 'none' })
    return order
  })
  const complete = useSingleFlight(async (orderId: string) => {
    const { confirm } = await Taro.showModal({ title: '确认收货', content: '请确认已收到全部商品', confirmText: '确认收货', cancelText: '还没收到' })
    if (!confirm) return undefined
    const { order } = await completeOrder(orderId)
    onChanged(order)
    void Taro.showToast({ title: '已确认收货', icon: 'none' })
    return order
  })
  return { pay, cancel, complete }
}
