import { View } from '@tarojs/components'
import { Loading } from '@nutui/nutui-react-taro'
import { Refresh } from '@nutui/icons-react-taro'
import { QrView } from '@/components/qr-code'
import { useNow } from '@/lib/use-now'
import { msLeft } from '../../model/countdown'
import { usePickupCode } from '../../hooks/use-pickup-code'
import './index.scss'

/** 「提货码」: a rotating QR the store scans and a short number to read out, like the member code. */
export function PickupCodeCard({ orderId, active, onRefused }: { orderId: string; active: boolean; onRefused?: () => void }) {
  const { code, error, refresh } = usePickupCode(orderId, active, onRefused)
  const now = useNow(1000, !!code)
  const left = code ? Math.ceil(msLeft(code.expiresAt, code.clock, now) / 1000) : 0
  const stale = !code || left === 0

  return (
    <View className='order-pickup'>
      <View className='order-pickup__title'>提货码</View>
      <View className='order-pickup__hint'>到店出示，店员扫码或输入数字核销</View>
      <View className='order-pickup__symbol' onClick={refresh}>
        {code ? <QrView text={code.code} maxPx={184} dimmed={stale} /> : <View className='order-pickup__placeholder'>{error ? '' : <Loading />}</View>}
        {stale && code && <View className='order-pickup__overlay'>已失效，点击刷新</View>}
      </View>
      {code && <View className='order-pickup__digits'>{code.shortCode}</View>}
      {error ? (
        <View className='order-pickup__error'>{error}</View>
      ) : (
        <View className='order-pickup__countdown'>{code ? (left > 0 ? `${left} 秒后失效 · 自动刷新中` : '正在刷新…') : '正在生成提货码…'}</View>
      )}
      <View className='order-pickup__refresh' onClick={refresh}>
        <Refresh size={12} />
        <View>刷新</View>
      </View>
    </View>
  )
}
