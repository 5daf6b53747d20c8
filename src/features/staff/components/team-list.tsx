import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StaffStats } from '../api/numbers'
import { unbindStaff } from '../api/team'
import { useSingleFlight } from '@/lib/use-single-flight'
import './list-card.scss'

interface Props {
  stats: StaffStats
  myId: string
  onChanged: () => void
}

/** 店长: each staff member's numbers, and 解绑 for 店员 who left. */
export function TeamList({ stats, myId, onChanged }: Props) {
  const flight = useSingleFlight(unbindStaff)
  const unbind = async (staffId: string, name: string) => {
    const { confirm } = await Taro.showModal({ title: '解绑店员', content: `解绑后${name}将无法再使用门店工作台，确定吗？`, confirmText: '解绑' })
    if (!confirm) return
    if (await flight.run(staffId)) onChanged()
  }

  return (
    <View className='list-card team-list'>
      <View className='list-card__title'>店员数据（本月）</View>
      {flight.error && <View className='list-card__error'>{flight.error.message}</View>}
      {stats.staff.map((s) => (
        <View key={s.staffId} className={`list-card__row${s.active ? '' : ' list-card__row--gone'}`}>
          <View className='list-card__main'>
            <View className='list-card__name'>
              {s.name} · {s.active ? s.roleName : '已解绑'}
            </View>
            <View className='list-card__meta'>
              今日积分 {s.tally.today.points} · 本月新会员 {s.tally.month.joined} · 积分 {s.tally.month.points} · 券 {s.tally.month.coupons} · 提货 {s.tally.month.pickups}
            </View>
          </View>
          {s.active && s.role === 'staff' && s.staffId !== myId && (
            <Button size='small' fill='outline' disabled={flight.pending} onClick={() => void unbind(s.staffId, s.name)}>
              解绑
            </Button>
          )}
        </View>
      ))}
    </View>
  )
}
