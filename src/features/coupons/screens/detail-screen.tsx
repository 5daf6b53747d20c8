import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useCouponDetail } from '../api/get-coupon-detail'
import { CouponRules } from '../components/coupon-rules'
import { isNotMember } from '@/lib/use-cloud-query'
import { CouponGone, JoinState, LoadError } from '../components/states'
import { StoreCode } from '../components/store-code'
import { WalletCouponCard } from '../components/wallet-coupon'
import { couponRoutes } from '../routes'
import './detail-screen.scss'

/** Refusals that mean "no such coupon of yours": a malformed id is refused before sending. */
const GONE = ['COUPON.NOT_FOUND', 'COMMON.INVALID_INPUT']

/** 券详情 (?id=<couponId>): the face, the rules, the in-store code and 「立即使用」. */
export default function CouponDetailScreen() {
  const couponId = useRouter().params.id ?? ''
  const detail = useCouponDetail(couponId)
  usePageRefresh(detail.reload)

  if (!couponId || GONE.includes(detail.error?.code ?? '')) return <CouponGone />
  if (isNotMember(detail.error)) return <JoinState />
  if (!detail.data) {
    return detail.error ? (
      <LoadError message={detail.error.message} onRetry={detail.reload} />
    ) : (
      <View className='coupon-detail__loading'>
        <Loading>加载中</Loading>
      </View>
    )
  }

  const { coupon, rules } = detail.data
  const usable = coupon.tab === '可使用'
  const inStore = coupon.channel !== 'online'

  return (
    <View className={`coupon-detail${usable ? ' coupon-detail--with-bar' : ''}`}>
      <WalletCouponCard coupon={coupon} hint={null} />
      {usable && inStore && <StoreCode couponId={coupon.id} onRefused={detail.reload} />}
      <CouponRules rules={rules} />
      {usable && (
        <View className='coupon-detail__bar'>
          <Button type='primary' shape='round' block onClick={() => Taro.navigateTo({ url: couponRoutes.products(coupon.id) })}>
            {coupon.channel === 'store' ? '立即使用 · 查看适用商品' : '立即使用'}
          </Button>
        </View>
      )}
    </View>
  )
}
