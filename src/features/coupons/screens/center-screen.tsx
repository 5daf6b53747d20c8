import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { openPage } from '@/lib/navigate'
import { routes, tabs } from '@/lib/routes'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useClaimCoupon } from '../api/claim-coupon'
import { useCouponCenter, type CenterItem } from '../api/get-coupon-center'
import { CenterCoupon } from '../components/center-coupon'
import { JoinBanner, LoadError, NoCoupons, TicketSkeleton } from '../components/states'
import { useShowRefresh } from '@/lib/use-show-refresh'
import './center-screen.scss'

/** 领券中心: claim in place, the button turns to 去使用 without reloading the page. */
export default function CouponCenterScreen() {
  const center = useCouponCenter()
  const { claim, pending, needsJoin } = useClaimCoupon()
  const [items, setItems] = useState<CenterItem[]>()
  useEffect(() => setItems(center.data?.items), [center.data])
  usePageRefresh(center.reload)
  useShowRefresh(center.reload)

  const onClaim = async (templateId: string) => {
    const outcome = await claim(templateId)
    if (!outcome) return
    if (outcome.ok) {
      // The member now holds a usable one: the domain's button says 去使用 (see claimButtonState).
      const state = outcome.coupon.tab === '可使用' ? '去使用' : '已领取'
      setItems((prev) => prev?.map((it) => (it.templateId === templateId ? { ...it, state } : it)))
    }
    // Progress and the other buttons (sold out meanwhile…), quietly.
    void center.reload()
  }

  const onUse = () => openPage(tabs.wallet)

  return (
    <View className='coupon-center'>
      <View className='coupon-center__hero'>
        <View className='coupon-center__title'>好券天天领</View>
        <View className='coupon-center__subtitle'>会员专享 · 先领后用 · 门店线上通用</View>
      </View>
      <View className='coupon-center__list'>
        {needsJoin && <JoinBanner returnTo={routes.couponCenter} />}
        {!items && center.loading && <TicketSkeleton />}
        {!items && center.error && <LoadError message={center.error.message} onRetry={center.reload} />}
        {items?.length === 0 && <NoCoupons title='暂时没有可领的券' description='新券上架后会出现在这里' />}
        {items?.map((item) => (
          <CenterCoupon key={item.templateId} item={item} pending={pending.has(item.templateId)} onClaim={onClaim} onUse={onUse} />
        ))}
        {!!items?.length && <View className='coupon-center__end'>每张券的使用规则以券面说明为准</View>}
      </View>
    </View>
  )
}
