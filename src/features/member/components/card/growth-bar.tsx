import { View } from '@tarojs/components'
import type { MemberCard } from '@/contracts/member'
import { formatPoints } from '@/domain/points/format-points'
import { growthPercent } from '../../logic/growth-progress'

/** Progress to the next tier, with the server's 「还差 3,720 成长值升级金卡」. */
export function GrowthBar({ card }: { card: MemberCard }) {
  const percent = growthPercent(card)
  return (
    <View className='growth-bar'>
      <View className='growth-bar__head'>
        <View className='growth-bar__title'>{card.tier.name}</View>
        <View className='growth-bar__next'>{card.next?.text ?? '已是最高等级'}</View>
      </View>
      <View className='growth-bar__track'>
        <View className='growth-bar__fill' style={{ width: `${percent}%` }} />
      </View>
      {card.next && (
        <View className='growth-bar__ends'>
          <View>{formatPoints(card.tier.threshold)}</View>
          <View>{formatPoints(card.next.threshold)}</View>
        </View>
      )}
    </View>
  )
}
