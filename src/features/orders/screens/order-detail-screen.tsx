import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { LoadFailed } from '@/components/load-failed'
import { Price } from '@/components/price'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { BottomBar, WITH_BOTTOM_BAR } from '../components/bottom-bar'
import { useOrder } from '../api/orders'
import { OrderLines } from '../components/order-lines'
import { OrderPaySheet } from '../components/order-pay-sheet'
import { OrderStatusHead } from '../components/order-status-head'
import { PickupCodeCard } from '../components/pickup-code'
import { PriceBreakdown } from '../components/price-breakdown'
import { useOrderActions } from '../hooks/use-order-actions'
import { usePageVisible } from '@/lib/use-page-visible'
import { useShowRefresh } from '@/lib/use-show-refresh'
import { serverClock } from '../model/countdown'
import { fulfilmentText, orderTime, payableLabel } from '../model/order-view'
import { orderRoutes } from '../routes'
import './order-detail-screen.scss'

const REFUND_STATUS = { requested: '待审核', approved: '已同意，退款中', rejected: '未通过', settled: '已退款' } as const

/** 订单详情: status (countdown), pickup code, where it goes, lines, money, refund, actions. */
export default function OrderDetailScreen() {
  const orderId = useRouter().params.id ?? ''
  const query = useOrder(orderId)
  const visible = usePageVisible()
  const { pay, cancel, complete } = useOrderActions(() => void query.reload())
  usePageRefresh(query.reload)
  useShowRefresh(query.reload) // back from 申请退款

  const data = query.data ?? query.latest
  if (!data) return query.error ? <LoadFailed message={query.error.message} onRetry={query.reload} /> : <View className='order-detail__ghost' />
  const { order } = data
  const clock = serverClock(data.now, Date.now())
  const where = fulfilmentText(order)

  return (
    <View className={`order-detail ${WITH_BOTTOM_BAR}`}>
      <OrderStatusHead order={order} clock={clock} />
      {order.hasPickupCode && (
        <View className='order-detail__block'>
          <PickupCodeCard orderId={order.orderId} active={visible} onRefused={query.reload} />
        </View>
      )}
      {order.shipment && (
        <View className='order-detail__block order-detail__info'>
          <View className='order-detail__row'>
            <View>快递公司</View>
            <View>{order.shipment.expressName}</View>
          </View>
          <View className='order-detail__row'>
            <View>快递单号</View>
            <Text userSelect>{order.shipment.trackingNo}</Text>
          </View>
          <View className='order-detail__row'>
            <View>发货时间</View>
            <View>{orderTime(order.shipment.shippedAt)}</View>
          </View>
          {order.canComplete && <View className='order-detail__note'>{orderTime(order.shipment.autoCompleteAt)} 后将自动确认收货</View>}
        </View>
      )}
      <View className='order-detail__block order-detail__where'>
        <View className='order-detail__where-title'>{where.title}</View>
        <View className='order-detail__where-detail'>{where.detail}</View>
      </View>
      <View className='order-detail__block'>
        <OrderLines lines={order.lines} />
        <PriceBreakdown value={order.money} payableLabel={payableLabel(order.status)} />
      </View>
      {order.refund && (
        <View className='order-detail__block order-detail__info'>
          <View className='order-detail__row'>
            <View>退款状态</View>
            <View>{REFUND_STATUS[order.refund.status]}</View>
          </View>
          <View className='order-detail__row'>
            <View>退款金额</View>
            <Price fen={order.refund.amountFen} size='small' />
          </View>
          <View className='order-detail__row'>
            <View>退款原因</View>
            <View>{order.refund.reason}</View>
          </View>
          {order.refund.note && (
            <View className='order-detail__row'>
              <View>处理说明</View>
              <View>{order.refund.note}</View>
            </View>
          )}
        </View>
      )}
      <View className='order-detail__block order-detail__info'>
        <View className='order-detail__row'>
          <View>订单号</View>
          <View>{order.orderId}</View>
        </View>
        <View className='order-detail__row'>
          <View>下单时间</View>
          <View>{orderTime(order.createdAt)}</View>
        </View>
        {order.paidAt && (
          <View className='order-detail__row'>
            <View>支付时间</View>
            <View>{orderTime(order.paidAt)}</View>
          </View>
        )}
        {order.coupon && (
          <View className='order-detail__row'>
            <View>优惠券</View>
            <View>{order.status === 'cancelled' ? `${order.coupon.title}（已退回）` : order.coupon.title}</View>
          </View>
        )}
        {order.pointsEarned > 0 && (
          <View className='order-detail__row'>
            <View>获得积分</View>
            <View>+{order.pointsEarned}</View>
          </View>
        )}
      </View>
      {(order.canCancel || order.canRefund || order.canComplete || order.status === 'unpaid') && (
        <BottomBar className='order-detail__bar'>
          {order.canCancel && (
            <Button size='small' loading={cancel.pending} disabled={cancel.pending} onClick={() => void cancel.run(order.orderId)}>
              取消订单
            </Button>
          )}
          {order.canRefund && (
            <Button size='small' onClick={() => Taro.navigateTo({ url: orderRoutes.refund(order.orderId) })}>
              申请退款
            </Button>
          )}
          {order.canComplete && (
            <Button size='small' type='primary' loading={complete.pending} disabled={complete.pending} onClick={() => void complete.run(order.orderId)}>
              确认收货
            </Button>
          )}
          {order.status === 'unpaid' && (
            <Button size='small' type='primary' onClick={() => void pay.start(order.orderId)}>
              去支付
            </Button>
          )}
        </BottomBar>
      )}
      <OrderPaySheet pay={pay} />
    </View>
  )
}
