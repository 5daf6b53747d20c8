import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Price } from '@/components/price'
import { formatDateTime } from '@/domain/time'
import { reverseAward, useAwards } from '../api/numbers'
import { useSingleFlight } from '@/lib/use-single-flight'
import './list-card.scss'

/** 店长: the store's till awards of the last 24 hours, each reversible once. */
export function AwardList({ onChanged }: { onChanged: () => void }) {
  const awards = useAwards(true)
  const flight = useSingleFlight(reverseAward)
  const reverse = async (awardId: string, points: number) => {
    const { confirm } = await Taro.showModal({ title: '撤销积分', content: `将从会员账户扣回 ${points} 积分，确定撤销吗？`, confirmText: '撤销' })
    if (!confirm) return
    const done = await flight.run(awardId)
    if (done) {
      void Taro.showToast({ title: done.text, icon: 'none' })
      await awards.reload()
      onChanged()
    }
  }
  const items = awards.data?.items ?? []

  return (
    <View className='list-card award-list'>
      <View className='list-card__title'>24 小时内的积分（可撤销）</View>
      {flight.error && <View className='list-card__error'>{flight.error.message}</View>}
      {items.length === 0 && <View className='list-card__meta'>暂无</View>}
      {items.map((a) => (
        <View key={a.awardId} className='list-card__row'>
          <View className='list-card__main'>
            <View className='list-card__name'>
              {a.points} 分 · 实付 <Price fen={a.paidFen} />
            </View>
            <View className='list-card__meta'>
              {a.staffName} · 卡号 {a.cardNo} · {formatDateTime(a.at)}
            </View>
          </View>
          {a.reversed ? (
            <View className='list-card__meta'>已撤销</View>
          ) : (
            <Button size='small' fill='outline' disabled={flight.pending || a.points <= 0} onClick={() => void reverse(a.awardId, a.points)}>
              撤销
            </Button>
          )}
        </View>
      ))}
    </View>
  )
}
