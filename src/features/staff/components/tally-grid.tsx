import { View } from '@tarojs/components'
import type { WorkCountsView } from '@/contracts/staff'
import './tally-grid.scss'

const CELLS: [keyof WorkCountsView, string][] = [
  ['joined', '新会员'],
  ['points', '发放积分'],
  ['coupons', '核销券'],
  ['pickups', '提货核销'],
]

/** Four numbers for one period: members joined through the staff code, points, coupons, pickups. */
export function TallyGrid({ title, counts }: { title: string; counts: WorkCountsView }) {
  return (
    <View className='tally-grid'>
      <View className='tally-grid__title'>{title}</View>
      <View className='tally-grid__cells'>
        {CELLS.map(([key, label]) => (
          <View key={key} className={`tally-grid__cell tally-grid__cell--${key}`}>
            <View className='tally-grid__value'>{counts[key]}</View>
            <View className='tally-grid__label'>{label}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
