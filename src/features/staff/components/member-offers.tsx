import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatDate } from '@/domain/time'
import type { LookedUpMember } from '../api/lookup-member'
import './list-card.scss'

interface Props {
  offers: LookedUpMember
  codeUsed: boolean
  pending: boolean
  onRedeem: (redeemCode: string) => void
  onGift: (templateId: string) => void
}

/** The member's in-store coupons usable here (核销) and the coupons staff may give (赠送). */
export function MemberOffers({ offers, codeUsed, pending, onRedeem, onGift }: Props) {
  return (
    <View className='list-card member-offers'>
      <View className='list-card__title'>可用门店券</View>
      {offers.coupons.length === 0 && <View className='list-card__empty'>暂无本店可用的券</View>}
      {offers.coupons.map((c) => (
        <View key={c.couponId} className='list-card__row'>
          <View className='list-card__main'>
            <View className='list-card__name'>{c.title}</View>
            <View className='list-card__meta'>
              {c.face} · {formatDate(new Date(c.validTo))} 到期
            </View>
          </View>
          <Button size='small' type='primary' disabled={pending} onClick={() => onRedeem(c.redeemCode)}>
            核销
          </Button>
        </View>
      ))}
      {offers.gifts.length > 0 && <View className='list-card__title'>赠送优惠券</View>}
      {offers.gifts.map((g) => (
        <View key={g.templateId} className='list-card__row'>
          <View className='list-card__name'>{g.title}</View>
          <Button size='small' fill='outline' type='primary' disabled={pending || codeUsed} onClick={() => onGift(g.templateId)}>
            赠送
          </Button>
        </View>
      ))}
    </View>
  )
}
