import { useState } from 'react'
import { Input, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { EXPRESS_COMPANIES } from '@/domain/orders/shipping'
import type { OrderView } from '../api/shipping'
import './ship-form.scss'

const TRACKING_NO = /^[A-Za-z0-9-]{4,64}$/

/** One delivery order to ship: where it goes, what is in it, the company and the tracking number. */
export function ShipForm({ order, pending, onShip }: { order: OrderView; pending: boolean; onShip: (company: string, trackingNo: string) => void }) {
  const [company, setCompany] = useState<string>(EXPRESS_COMPANIES[0].id)
  const [trackingNo, setTrackingNo] = useState('')
  const address = order.fulfilment.kind === 'delivery' ? order.fulfilment.address : null
  const valid = TRACKING_NO.test(trackingNo.trim())
  return (
    <View className='ship-form'>
      <View className='ship-form__head'>
        <View className='ship-form__no'>订单 {order.orderId}</View>
        {order.paidAt && <View className='ship-form__paid'>已付款</View>}
      </View>
      {address && (
        <View className='ship-form__to'>
          <View>
            {address.name} {address.phone}
          </View>
          <View className='ship-form__addr'>
            {address.region} {address.detail}
          </View>
        </View>
      )}
      <View className='ship-form__lines'>{order.lines.map((l) => `${l.name} ${l.skuName}×${l.quantity}`).join('，')}</View>
      <View className='ship-form__companies'>
        {EXPRESS_COMPANIES.map((c) => (
          <View key={c.id} className={`ship-form__company${c.id === company ? ' ship-form__company--on' : ''}`} onClick={() => setCompany(c.id)}>
            {c.name}
          </View>
        ))}
      </View>
      <View className='ship-form__row'>
        <Input className='ship-form__input' placeholder='快递单号' value={trackingNo} maxlength={64} onInput={(e) => setTrackingNo(e.detail.value)} />
        <Button type='primary' size='small' loading={pending} disabled={pending || !valid} onClick={() => onShip(company, trackingNo.trim())}>
          确认发货
        </Button>
      </View>
    </View>
  )
}
