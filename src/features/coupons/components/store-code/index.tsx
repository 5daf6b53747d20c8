import { View } from '@tarojs/components'
import { Loading } from '@nutui/nutui-react-taro'
import { Refresh } from '@nutui/icons-react-taro'
import { groupDigits, secondsLeft } from '../../hooks/code-timing'
import { useCouponCode } from '../../hooks/use-coupon-code'
import { useNow } from '@/lib/use-now'
import { QrView } from '@/components/qr-code'
import './index.scss'

export interface StoreCodeProps {
  couponId: string
  /** The coupon stopped being usable (used at the till meanwhile): reload the page's data. */
  onRefused?: () => void
}

/**
 * 「门店核销码」: a rotating QR the till scans, and its 20 digits under it for a till that
 * cannot scan; the countdown runs to the code's own expiry.
 */
export function StoreCode({ couponId, onRefused }: StoreCodeProps) {
  const { code, error, refresh } = useCouponCode(couponId, true, onRefused)
  const now = useNow(1000, !!code)
  const left = code ? secondsLeft(code.expiresAt, now) : 0
  const stale = !code || left === 0

  return (
    <View className='store-code'>
      <View className='store-code__title'>门店核销码</View>
      <View className='store-code__hint'>结账时请出示此码，由店员扫码核销</View>
      <View className='store-code__symbol' onClick={refresh}>
        {code ? <QrView text={code.text} maxPx={184} dimmed={stale} /> : <View className='store-code__placeholder'>{error ? '' : <Loading />}</View>}
        {stale && code && <View className='store-code__overlay'>已失效，点击刷新</View>}
      </View>
      {code && (
        <View className={`store-code__digits${stale ? ' store-code__digits--stale' : ''}`}>
          <View className='store-code__digits-label'>无法扫码时，请店员输入券码</View>
          <View className='store-code__digits-text'>{groupDigits(code.digits)}</View>
        </View>
      )}
      {error ? (
        <View className='store-code__error'>{error}</View>
      ) : (
        <View className='store-code__countdown'>
          {code ? (left > 0 ? `${left} 秒后失效 · 自动刷新中` : '正在刷新…') : '正在生成券码…'}
        </View>
      )}
      <View className='store-code__refresh' onClick={refresh}>
        <Refresh size={12} />
        <View className='store-code__refresh-text'>刷新券码</View>
      </View>
    </View>
  )
}
