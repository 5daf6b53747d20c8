import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { LoadFailed } from '@/components/load-failed'
import { Price } from '@/components/price'
import { useSingleFlight } from '@/lib/use-single-flight'
import { BottomBar, WITH_BOTTOM_BAR } from '../components/bottom-bar'
import { requestRefund, useOrder } from '../api/orders'
import { OrderLines } from '../components/order-lines'
import './refund-screen.scss'

const REASONS = ['商品质量问题', '商品与描述不符', '少件/漏发', '不想要了', '其他']

/**
 * 申请退款: the whole amount still refundable (partial refunds are staff's call when
 * reviewing), a reason, and a note. Store staff or an admin approve it; the money, points
 * and coupon come back as the README's refund rules say.
 */
export default function RefundScreen() {
  const orderId = useRouter().params.id ?? ''
  const query = useOrder(orderId)
  const [reason, setReason] = useState<string>()
  const [note, setNote] = useState('')
  const send = useSingleFlight(async (text: string) => {
    await requestRefund(orderId, text)
    await Taro.showToast({ title: '已提交退款申请', icon: 'success' })
    setTimeout(() => void Taro.navigateBack(), 800)
    return true
  })

  const order = query.data?.order
  if (!order) return query.error ? <LoadFailed message={query.error.message} onRetry={query.reload} /> : <View className='refund__ghost' />
  const refundable = order.money.payableFen - order.refundedFen
  const text = [reason, note.trim()].filter(Boolean).join('：')

  return (
    <View className={`refund ${WITH_BOTTOM_BAR}`}>
      <View className='refund__block'>
        <OrderLines lines={order.lines} />
      </View>
      <View className='refund__block refund__amount'>
        <View>退款金额</View>
        <Price fen={refundable} size='large' />
      </View>
      <View className='refund__block refund__reasons'>
        <View className='refund__label'>退款原因</View>
        <View className='refund__chips'>
          {REASONS.map((r) => (
            <View key={r} className={`refund__chip${r === reason ? ' refund__chip--on' : ''}`} onClick={() => setReason(r)}>
              {r}
            </View>
          ))}
        </View>
        <Textarea className='refund__note' placeholder='补充说明（选填）' maxlength={100} value={note} onInput={(e) => setNote(e.detail.value)} />
      </View>
      {send.error && <View className='refund__error'>{send.error.message}</View>}
      <BottomBar className='refund__bar'>
        <Button type='primary' block loading={send.pending} disabled={!reason || !order.canRefund || send.pending} onClick={() => void send.run(text)}>
          {order.canRefund ? '提交申请' : '该订单暂不能退款'}
        </Button>
      </BottomBar>
    </View>
  )
}
