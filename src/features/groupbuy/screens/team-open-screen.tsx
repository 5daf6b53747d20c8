import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { Button, Radio } from '@nutui/nutui-react-taro'
import { Cart } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { Price } from '@/components/price'
import { formatFen } from '@/domain/groupbuy/money-text'
import { isCloudError } from '@/lib/cloud'
import { useSingleFlight } from '@/lib/use-single-flight'
import { payOrder } from '../api/chain'
import { openTeam, useTeamOffers } from '../api/team'
import { PageState } from '../components/page-state'
import { teamRoutes } from '../routes'

/** 发起拼团: the offer, the pickup store, 开团 → pay → the new team's page (to share). */
export function TeamOpenScreen({ offerId, productId }: { offerId: string; productId: string }) {
  const offers = useTeamOffers(productId)
  const [storeId, setStoreId] = useState<string>()
  const open = useSingleFlight(async (id: string, store: string) => {
    try {
      const placed = await openTeam(id, store)
      try {
        await payOrder(placed.orderId)
      } catch (error) {
        void Taro.showToast({ title: isCloudError(error) ? error.message : '支付未完成', icon: 'none' })
      }
      void Taro.redirectTo({ url: teamRoutes.team(placed.teamId) })
    } catch (error) {
      void Taro.showToast({ title: isCloudError(error) ? error.message : '开团失败，请稍后重试', icon: 'none', duration: 2500 })
    }
  })

  if (!offers.data) return <PageState error={offers.error} onRetry={offers.reload} />
  const offer = offers.data.find((o) => o.offerId === offerId) ?? offers.data[0]
  if (!offer) return <EmptyState icon={<Cart size={40} />} title='拼团活动已结束' description='去看看别的商品吧' />
  const store = storeId ?? offer.stores[0]?.storeId

  return (
    <View className='gb-team'>
      <View className='gb-team__product'>
        <Image className='gb-team__image' src={offer.image} mode='aspectFill' />
        <View className='gb-team__info'>
          <View className='gb-team__name'>【拼团】{offer.name}</View>
          <View className='gb-team__unit'>{offer.unit} · {offer.size} 人团 · {offer.windowHours} 小时内成团</View>
          <View className='gb-team__price'>
            <Price fen={offer.teamPriceFen} size='large' /> <Price fen={offer.listPriceFen} size='small' strike />
          </View>
        </View>
      </View>
      <View className='gb-team__rules'>
        <View className='gb-team__rules-title'>选择自提门店</View>
        <Radio.Group value={store} onChange={(v) => setStoreId(String(v))}>
          {offer.stores.map((s) => (
            <Radio key={s.storeId} value={s.storeId} className='gb-team__store-option'>
              {s.name}
            </Radio>
          ))}
        </Radio.Group>
      </View>
      <View className='gb-team__rules'>
        <View className='gb-team__rules-title'>拼团规则</View>
        <View>· 开团并付款后，分享给好友；{offer.size} 人付款即成团。</View>
        <View>· {offer.windowHours} 小时内未成团，已付款的订单自动原路退款。</View>
      </View>
      <View className='gb-team__bar'>
        <Button block type='primary' loading={open.pending} disabled={!store} onClick={() => store && void open.run(offer.offerId, store)}>
          开团 ¥{formatFen(offer.teamPriceFen)}
        </Button>
      </View>
    </View>
  )
}
