import { View } from '@tarojs/components'
import { addDays, businessDay } from '@/domain/time'
import { useCloudQuery } from '@/lib/use-cloud-query'
import { callAdmin } from '../../api/call-admin'
import '../admin.scss'

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`

/** Bars drawn with plain views: a trend without a charting library in the subpackage. */
function Bars({ rows }: { rows: { key: string; count: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.count))
  return (
    <View className='admin-bars'>
      {rows.map((r) => (
        <View key={r.key} className='admin-bars__row'>
          <View className='admin-bars__key'>{r.key}</View>
          <View className='admin-bars__track'>
            <View className='admin-bars__bar' style={{ width: `${(r.count / max) * 100}%` }} />
          </View>
          <View className='admin-bars__count'>{r.count}</View>
        </View>
      ))}
    </View>
  )
}

/** 数据看板: the last 30 days' new members, the points liability, coupon rates. */
export default function DashboardScreen() {
  const to = businessDay(new Date())
  const from = addDays(to, -29)
  const { data } = useCloudQuery(`stats:${from}`, () => callAdmin('admin', 'stats', { from, to }))
  if (!data) return <View className='admin-screen' />
  const { newMembers, points, coupons } = data
  return (
    <View className='admin-screen'>
      <View className='admin-grid'>
        <View className='admin-card'>
          <View className='admin-card__title'>新会员（近 30 天）共 {newMembers.total} 人</View>
          <Bars rows={newMembers.byDay} />
        </View>
        <View className='admin-card'>
          <View className='admin-card__title'>按门店</View>
          <Bars rows={newMembers.byStore} />
          <View className='admin-card__title'>按渠道</View>
          <Bars rows={newMembers.byChannel} />
        </View>
      </View>
      {points ? (
        <View className='admin-card'>
          <View className='admin-card__title'>积分</View>
          <View className='admin-stats'>
            <View className='admin-stats__item'>发放 {points.issued}</View>
            <View className='admin-stats__item'>兑换 {points.redeemed}</View>
            <View className='admin-stats__item'>过期 {points.expired}</View>
            <View className='admin-stats__item' id='points-outstanding'>未使用 {points.outstanding}（约 {(points.outstandingFen / 100).toFixed(2)} 元）</View>
          </View>
        </View>
      ) : null}
      {coupons ? (
        <View className='admin-card'>
          <View className='admin-card__title'>优惠券领取与核销</View>
          <View className='admin-table'>
            <View className='admin-table__row admin-table__row--head'>
              <View className='admin-table__cell'>券</View>
              <View className='admin-table__cell'>已领 / 库存</View>
              <View className='admin-table__cell'>领取率</View>
              <View className='admin-table__cell'>核销率</View>
            </View>
            {coupons.map((c) => (
              <View key={c.templateId} className='admin-table__row'>
                <View className='admin-table__cell'>{c.title}</View>
                <View className='admin-table__cell'>{c.claimed} / {c.stock}</View>
                <View className='admin-table__cell'>{percent(c.claimRate)}</View>
                <View className='admin-table__cell'>{percent(c.redemptionRate)}</View>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}
