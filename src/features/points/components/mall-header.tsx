import { View } from '@tarojs/components'
import { ArrowRight } from '@nutui/icons-react-taro'
import { formatPoints } from '@/domain/points'
import { openPage } from '@/lib/navigate'
import { pointsRoutes } from '../model/points-routes'
import './mall-header.scss'

/** The member's balance above the mall, with the way to their past exchanges. */
export function MallHeader({ balance }: { balance: number }) {
  return (
    <View className='mall-header'>
      <View>
        <View className='mall-header__label'>我的积分</View>
        <View className='mall-header__balance'>{formatPoints(balance)}</View>
      </View>
      <View className='mall-header__link' onClick={() => openPage(pointsRoutes.records)}>
        兑换记录
        <ArrowRight size={10} />
      </View>
    </View>
  )
}
