import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Price } from '@/components/price'
import { countdownTo } from '@/domain/flashsale'
import type { FlashReservation } from '../api/reserve'
import './pay-panel.scss'

/** The reservation waiting to be paid: amount, the 5-minute countdown on server time, 立即支付. */
export function PayPanel({ reservation, paid, now, pending, onPay }: { reservation: FlashReservation; paid: boolean; now: Date; pending: boolean; onPay: () => void }) {
  const left = countdownTo(new Date(reservation.payBy), now)
  if (paid) return <View className='pay-panel pay-panel--done'>抢购成功！订单 {reservation.orderId}，请到店自提</View>
  if (left.totalSeconds === 0) return <View className='pay-panel pay-panel--done'>支付超时，名额已释放</View>
  return (
    <View className='pay-panel'>
      <View className='pay-panel__text'>
        已为你锁定 {reservation.quantity} 件，应付 <Price fen={reservation.payableFen} size='small' />
        <View className='pay-panel__timer'>请在 {left.text.slice(3)} 内完成支付，超时自动释放</View>
      </View>
      <Button type='danger' shape='round' loading={pending} onClick={onPay}>
        立即支付
      </Button>
    </View>
  )
}
