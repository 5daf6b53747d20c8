import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Popup, Switch } from '@nutui/nutui-react-taro'
import { Price } from '@/components/price'
import './index.scss'

export interface MockPayOptions {
  /** Send the payment notification twice, as WeChat may. */
  duplicate: boolean
  /** Let the order expire first (auto-cancel), then deliver the payment. */
  late: boolean
}

export interface MockPaySheetProps {
  visible: boolean
  payableFen: number
  orderNo: string
  pending: boolean
  /** Why the last attempt failed, shown above the button. */
  error?: string
  onPay: (options: MockPayOptions) => void
  onClose: () => void
}

/**
 * 模拟支付 (local mode only): stands where WeChat's cashier would, and sends a signed local
 * payment notification through the same callback code as production. The two switches make
 * WeChat's awkward cases happen by hand: a repeated notification, and money that arrives
 * after the order was auto-cancelled (which the server must refund automatically).
 */
export function MockPaySheet({ visible, payableFen, orderNo, pending, error, onPay, onClose }: MockPaySheetProps) {
  const [duplicate, setDuplicate] = useState(false)
  const [late, setLate] = useState(false)
  return (
    <Popup className='mock-pay' visible={visible} position='bottom' round closeable onClose={onClose}>
      <View className='mock-pay__body'>
        <View className='mock-pay__title'>模拟支付</View>
        <View className='mock-pay__hint'>本地模式，不会真实扣款</View>
        <View className='mock-pay__amount'>
          <Price fen={payableFen} size='large' />
        </View>
        <View className='mock-pay__order'>订单号 {orderNo}</View>
        <View className='mock-pay__row'>
          <View>
            <View className='mock-pay__label'>模拟重复通知</View>
            <View className='mock-pay__note'>支付通知发送两次，应只记一次</View>
          </View>
          <Switch checked={duplicate} onChange={setDuplicate} />
        </View>
        <View className='mock-pay__row'>
          <View>
            <View className='mock-pay__label'>模拟超时后到账</View>
            <View className='mock-pay__note'>订单先超时取消，再收到付款，应自动退款</View>
          </View>
          <Switch checked={late} onChange={setLate} />
        </View>
        {error && <View className='mock-pay__error'>{error}</View>}
        <Button className='mock-pay__confirm' type='primary' block loading={pending} disabled={pending} onClick={() => onPay({ duplicate, late })}>
          确认支付
        </Button>
      </View>
    </Popup>
  )
}
