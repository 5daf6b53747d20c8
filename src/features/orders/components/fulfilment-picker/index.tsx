import { Input, View } from '@tarojs/components'
import { CheckChecked, CheckNormal, Location } from '@nutui/icons-react-taro'
import type { FulfilmentInput } from '@/contracts/order'
import type { DeliveryAddress } from '@/domain/orders/types'
import './index.scss'

export interface PickupStore {
  storeId: string
  name: string
  address: string
}

export interface FulfilmentPickerProps {
  kind: FulfilmentInput['kind']
  stores: PickupStore[]
  storeId: string | undefined
  address: DeliveryAddress
  onKind: (kind: FulfilmentInput['kind']) => void
  onStore: (storeId: string) => void
  onAddress: (address: DeliveryAddress) => void
}

const FIELDS: { key: keyof DeliveryAddress; label: string; placeholder: string; type?: 'number' }[] = [
  { key: 'name', label: '收货人', placeholder: '姓名' },
  { key: 'phone', label: '手机号', placeholder: '11 位手机号', type: 'number' },
  { key: 'region', label: '所在地区', placeholder: '如 上海市徐汇区' },
  { key: 'detail', label: '详细地址', placeholder: '街道、门牌号' },
]

/** 到店自提 (the stores that carry every line) or 配送到家 (an address). */
export function FulfilmentPicker({ kind, stores, storeId, address, onKind, onStore, onAddress }: FulfilmentPickerProps) {
  return (
    <View className='fulfilment'>
      <View className='fulfilment__kinds'>
        <View className={`fulfilment__kind${kind === 'pickup' ? ' fulfilment__kind--on' : ''}`} onClick={() => onKind('pickup')}>
          到店自提
        </View>
        <View className={`fulfilment__kind${kind === 'delivery' ? ' fulfilment__kind--on' : ''}`} onClick={() => onKind('delivery')}>
          配送到家
        </View>
      </View>
      {kind === 'pickup' &&
        (stores.length === 0 ? (
          <View className='fulfilment__none'>所选商品没有共同的自提门店，请分开下单或选择配送</View>
        ) : (
          stores.map((s) => (
            <View key={s.storeId} className='fulfilment__store' onClick={() => onStore(s.storeId)}>
              {s.storeId === storeId ? <CheckChecked size={18} color='#19a35b' /> : <CheckNormal size={18} color='#c4c7cc' />}
              <View className='fulfilment__store-text'>
                <View className='fulfilment__store-name'>{s.name}</View>
                <View className='fulfilment__store-address'>
                  <Location size={10} /> {s.address}
                </View>
              </View>
            </View>
          ))
        ))}
      {kind === 'delivery' &&
        FIELDS.map((f) => (
          <View key={f.key} className='fulfilment__field'>
            <View className='fulfilment__label'>{f.label}</View>
            <Input
              className='fulfilment__input'
              type={f.type === 'number' ? 'number' : 'text'}
              placeholder={f.placeholder}
              value={address[f.key]}
              maxlength={f.key === 'detail' ? 100 : f.key === 'phone' ? 11 : 50}
              onInput={(e) => onAddress({ ...address, [f.key]: e.detail.value })}
            />
          </View>
        ))}
    </View>
  )
}
