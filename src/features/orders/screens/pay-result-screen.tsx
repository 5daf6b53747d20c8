import { useEffect, useRef, type ReactNode } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Checked, Failure } from '@nutui/icons-react-taro'
import { LoadFailed } from '@/components/load-failed'
import { Price } from '@/components/price'
import { useOrder } from '../api/orders'
import { orderRoutes } from '../routes'
import './pay-result-screen.scss'

/** WeChat's callback can land a moment after the cashier closes: ask again this often, this many times. */
const POLL_MS = 1000
const POLLS = 8

/**
 * 支付结果: waits for the payment callback to land (the order leaves 待付款), then shows what
 * was paid, the points earned and the way to the pickup code. `extra` is the page's slot
 * (the new points balance, from the points feature).
 */
export default function PayResultScreen({ extra }: { extra?: (paid: boolean) => ReactNode }) {
  const orderId = useRouter().params.id ?? ''
  const query = useOrder(orderId)
  const polls = useRef(0)
  const order = query.data?.order
  const waiting = !order || (order.status === 'unpaid' && polls.current < POLLS)

  useEffect(() => {
    if (!order || order.status !== 'unpaid' || polls.current >= POLLS) return
    const id = setTimeout(() => {
      polls.current++
      void query.reload()
    }, POLL_MS)
    return () => clearTimeout(id)
  }, [order, query])

  if (!order && query.error) return <LoadFailed message={query.error.message} onRetry={query.reload} />
  if (waiting) {
    return (
      <View className='pay-result'>
        <Loading type='circular'>正在确认支付结果…</Loading>
      </View>
    )
  }

  const paid = !['unpaid', 'cancelled'].includes(order.status)
  return (
    <View className='pay-result'>
      <View className={`pay-result__icon${paid ? '' : ' pay-result__icon--off'}`}>{paid ? <Checked size={56} /> : <Failure size={56} />}</View>
      <View className='pay-result__title'>{paid ? '支付成功' : order.status === 'cancelled' ? '订单已取消' : '暂未收到支付结果'}</View>
      {paid && <Price className='pay-result__amount' fen={order.money.payableFen} size='large' />}
      {!paid && order.latePayment && <View className='pay-result__note'>订单超时已取消，收到的款项{order.latePayment.refunded ? '已自动原路退回' : '将自动原路退回'}</View>}
      {!paid && !order.latePayment && order.status === 'unpaid' && <View className='pay-result__note'>如已付款，请稍后在订单中查看</View>}
      {paid && order.pointsEarned > 0 && <View className='pay-result__points'>本单获得 {order.pointsEarned} 积分</View>}
      {extra?.(paid)}
      <View className='pay-result__actions'>
        <Button type='primary' onClick={() => Taro.redirectTo({ url: orderRoutes.detail(orderId) })}>
          {order.hasPickupCode ? '查看提货码' : '查看订单'}
        </Button>
        <Button fill='outline' onClick={() => Taro.switchTab({ url: '/pages/home/index' })}>
          继续逛逛
        </Button>
      </View>
    </View>
  )
}
