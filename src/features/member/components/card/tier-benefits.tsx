import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Gift, Prices, Star, ToReceive } from '@nutui/icons-react-taro'
import type { MemberCard } from '@/contracts/member'
import { benefitLines, type BenefitLine } from '../../logic/benefit-lines'

const icons: Record<BenefitLine['key'], ReactNode> = {
  points: <Star size={20} />,
  birthday: <Gift size={20} />,
  memberDay: <Prices size={20} />,
  delivery: <ToReceive size={20} />,
}

/** What this tier gives, from the tier table (积分 x1.2, 生日礼, 会员日 9 折, 包邮). */
export function TierBenefits({ card }: { card: MemberCard }) {
  return (
    <View className='tier-benefits'>
      <View className='tier-benefits__title'>{card.tier.name}权益</View>
      {benefitLines(card.tier.benefits).map((line) => (
        <View key={line.key} className='tier-benefits__row'>
          <View className='tier-benefits__icon'>{icons[line.key]}</View>
          <View className='tier-benefits__text'>
            <View className='tier-benefits__name'>{line.title}</View>
            <View className='tier-benefits__detail'>{line.detail}</View>
          </View>
        </View>
      ))}
    </View>
  )
}
