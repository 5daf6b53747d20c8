import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { BenefitList } from './benefit-list'
import './index.scss'

/** Member card. Until the member feature lands it shows the join invitation only. */
export default function MemberPage() {
  usePageRefresh()

  const join = () => Taro.showToast({ title: '入会功能即将开放', icon: 'none' })

  return (
    <View className='member'>
      <View className='member-card'>
        <View className='member-card__brand'>鲜果会员卡</View>
        <View className='member-card__title'>加入会员，积分当钱花</View>
        <View className='member-card__hint'>消费得积分 · 每日签到 · 专属优惠券</View>
        <View className='member-card__no'>NO. ···· ···· ····</View>
      </View>
      <BenefitList />
      <View className='member__cta'>
        <Button type='primary' size='large' block onClick={join}>
          加入会员
        </Button>
        <View className='member__terms'>免费加入，仅需授权手机号</View>
      </View>
    </View>
  )
}
