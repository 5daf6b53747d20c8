import { Image, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Price } from '@/components/price'
import type { OrderView } from '@/contracts/order'
import type { ServerClock } from '../../model/countdown'
import { fulfilmentText, payableLabel, unitCount } from '../../model/order-view'
import { OrderCountdown } from '../order-countdown'
import './index.scss'

export interface OrderCardProps {
  order: OrderView
  clock: ServerClock
  onOpen: () => void
  onPay: () => void
  onCancel: () => void
  busy: boolean
}

/** An order in the list: where, status, pictures, total; 待付款 with its countdown and actions. */
export function OrderCard({ order, clock, onOpen, onPay, onCancel, busy }: OrderCardProps) {
  const unpaid = order.status === 'unpaid'
  return (
    <View className='order-card' onClick={onOpen}>
      <View className='order-card__head'>
        <View className='order-card__where'>{fulfilmentText(order).title}</View>
        <View className={`order-card__status order-card__status--${order.status}`}>{order.statusText}</View>
      </View>
      <View className='order-card__lines'>
        {order.lines.slice(0, 4).map((l) => (
          <Image key={l.skuId} className='order-card__image' src={l.image} mode='aspectFill' />
        ))}
        {order.lines.length === 1 && (
          <View className='order-card__name'>
            {order.lines[0].name}
            <View className='order-card__spec'>{order.lines[0].skuName}</View>
          </View>
        )}
      </View>
      <View className='order-card__sum'>
        共 {unitCount(order)} 件 · {payableLabel(order.status)} <Price fen={order.money.payableFen} />
      </View>
      {(unpaid || order.hasPickupCode) && (
        <View className='order-card__foot' onClick={(e) => e.stopPropagation()}>
          {unpaid && <OrderCountdown className='order-card__countdown' payBy={order.payBy} clock={clock} />}
          {order.canCancel && (
            <Button size='small' disabled={busy} onClick={onCancel}>
              取消订单
            </Button>
          )}
          {unpaid && (
            <Button size='small' type='primary' onClick={onPay}>
              去支付
            </Button>
          )}
          {order.hasPickupCode && (
            <Button size='small' type='primary' fill='outline' onClick={onOpen}>
              提货码
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
