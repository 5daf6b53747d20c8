import Taro from '@tarojs/taro'
import { callOrder } from '@/lib/order-client'

/**
 * Pays a reservation through the orders module: WeChat's requestPayment, or in local
 * mode 模拟支付 (the simulated payment service notifies the same callback). Resolves
 * true once the order is paid.
 */
export async function payReservation(orderId: string): Promise<boolean> {
  const placed = await callOrder('order', 'pay', { orderId }, { loading: '发起支付' })
  if (placed.mode === 'local') {
    const paid = await callOrder('order', 'pay.simulate', { orderId, duplicate: false, late: false }, { loading: '模拟支付中' })
    return paid.order.status !== 'unpaid' && paid.order.status !== 'cancelled'
  }
  try {
    await Taro.requestPayment(placed.payment as unknown as Taro.requestPayment.Option)
    return true
  } catch {
    void Taro.showToast({ title: '支付未完成，请在 5 分钟内支付', icon: 'none' })
    return false
  }
}
