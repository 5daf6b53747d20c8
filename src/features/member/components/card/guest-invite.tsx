import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Coupon, Gift, Prices, Star } from '@nutui/icons-react-taro'
import './guest-invite.scss'

const perks = [
  { title: '积分当钱花', icon: <Star size={22} /> },
  { title: '会员日折扣', icon: <Prices size={22} /> },
  { title: '生日礼包', icon: <Gift size={22} /> },
  { title: '专属好券', icon: <Coupon size={22} /> },
]

/**
 * The 会员 tab for a visitor: what membership gives, and the one-tap join. The page owns
 * the join sheet, so its success step stays up when this invitation turns into the card.
 */
export function GuestInvite({ onJoin }: { onJoin: () => void }) {
  return (
    <View className='guest-invite'>
      <View className='guest-invite__card'>
        <View className='guest-invite__brand'>鲜果会员卡</View>
        <View className='guest-invite__title'>加入会员，积分当钱花</View>
        <View className='guest-invite__hint'>消费得积分 · 每日签到 · 专属优惠券</View>
        <View className='guest-invite__no'>NO. ···· ···· ····</View>
      </View>
      <View className='guest-invite__perks'>
        {perks.map((perk) => (
          <View key={perk.title} className='guest-invite__perk'>
            <View className='guest-invite__icon'>{perk.icon}</View>
            <View className='guest-invite__name'>{perk.title}</View>
          </View>
        ))}
      </View>
      <Button type='primary' size='large' block onClick={onJoin}>
        一键成为会员
      </Button>
      <View className='guest-invite__terms'>免费加入，无需填写资料</View>
    </View>
  )
}
