import { View } from '@tarojs/components'
import type { MemberCard } from '@/contracts/member'
import { formatPoints } from '@/domain/points/format-points'
import { openPage } from '@/lib/navigate'
import { routes, tabs } from '@/lib/routes'

/** Points and usable coupons, each a way into its page. */
export function CardStats({ card }: { card: MemberCard }) {
  const stats = [
    { label: '积分', value: formatPoints(card.points), url: routes.points },
    { label: '可用券', value: String(card.couponsUsable), url: tabs.wallet },
    { label: '成长值', value: formatPoints(card.tierGrowth), url: undefined },
  ]
  return (
    <View className='card-stats'>
      {stats.map((s) => (
        <View key={s.label} className='card-stats__item' onClick={() => s.url && openPage(s.url)}>
          <View className='card-stats__value'>{s.value}</View>
          <View className='card-stats__label'>{s.label}</View>
        </View>
      ))}
    </View>
  )
}
