import { useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import { addDays, businessDay } from '@/domain/time'
import { useCloudQuery } from '@/lib/use-cloud-query'
import { callAdmin } from '../../api/call-admin'
import { Chart } from '../../components/chart'
import { ChoiceChips } from '../../components/choice-chips'
import { ConsoleNav } from '../../components/console-nav'
import { couponRateBars, newMembersTrend, pointsTrend, sellThroughBars, tallyBars } from '../../logic/chart-specs'
import { SalesTables } from './sales-tables'
import '../admin.scss'

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`
const SPANS = [['7', '近 7 天'], ['30', '近 30 天'], ['90', '近 90 天']] as const
const CHANNELS: Record<string, string> = { counter: '收银台', poster: '海报', community: '社群', online: '线上', '': '自然进入' }

/** 数据看板: new members (trend and bars), points issued vs redeemed and the liability, coupon rates, flash sales and chains. */
export default function DashboardScreen() {
  const [span, setSpan] = useState<(typeof SPANS)[number][0]>('30')
  const to = businessDay(new Date())
  const from = addDays(to, 1 - Number(span))
  const query = useCloudQuery(`stats:${from}:${to}`, () => callAdmin('admin', 'stats', { from, to }))
  const data = query.data ?? query.latest
  const charts = useMemo(
    () =>
      data && {
        joins: newMembersTrend(data, from, to),
        stores: tallyBars('按门店', data.newMembers.byStore),
        channels: tallyBars('按渠道', data.newMembers.byChannel, CHANNELS),
        staff: tallyBars('按店员', data.newMembers.byStaff),
        points: data.pointsByDay ? pointsTrend(data.pointsByDay, from, to) : null,
        coupons: data.coupons?.length ? couponRateBars(data.coupons) : null,
        flash: data.flash?.length ? sellThroughBars(data.flash) : null,
      },
    [data, from, to],
  )
  return (
    <View className='admin-screen'>
      <ConsoleNav current='dashboard' />
      <ChoiceChips options={SPANS} value={span} onChange={setSpan} />
      {!data ? (
        <View className='admin-empty' onClick={() => query.reload()}>{query.error ? `${query.error.message}，点此重试` : '加载中…'}</View>
      ) : (
        <>
          <View className='admin-grid'>
            <View className='admin-card'>
              <View className='admin-card__title'>新会员 共 {data.newMembers.total} 人</View>
              {charts ? <Chart spec={charts.joins} /> : null}
            </View>
            {charts?.points && data.points ? (
              <View className='admin-card'>
                <View className='admin-card__title'>积分</View>
                <View className='admin-stats'>
                  <View className='admin-stats__item'>发放 {data.points.issued}</View>
                  <View className='admin-stats__item'>兑换 {data.points.redeemed}</View>
                  <View className='admin-stats__item'>过期 {data.points.expired}</View>
                  <View className='admin-stats__item' id='points-outstanding'>未使用 {data.points.outstanding}（约 {(data.points.outstandingFen / 100).toFixed(2)} 元）</View>
                </View>
                <Chart spec={charts.points} />
              </View>
            ) : null}
          </View>
          {charts ? (
            <View className='admin-grid'>
              <View className='admin-card'><Chart spec={charts.stores} /></View>
              <View className='admin-card'><Chart spec={charts.channels} /></View>
              <View className='admin-card'><Chart spec={charts.staff} /></View>
            </View>
          ) : null}
          {data.coupons ? (
            <View className='admin-card'>
              <View className='admin-card__title'>优惠券领取与核销</View>
              {charts?.coupons ? <Chart spec={charts.coupons} /> : null}
              <View className='admin-table'>
                <View className='admin-table__row admin-table__row--head'>
                  <View className='admin-table__cell'>券</View>
                  <View className='admin-table__cell'>已领 / 库存</View>
                  <View className='admin-table__cell'>领取率</View>
                  <View className='admin-table__cell'>核销率</View>
                </View>
                {data.coupons.map((c) => (
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
          <SalesTables flash={data.flash} chains={data.chains} flashChart={charts?.flash ?? null} />
        </>
      )}
    </View>
  )
}
