import { View } from '@tarojs/components'
import type { AdminStats } from '@/contracts/admin'
import { Chart } from '../../components/chart'
import type { ChartSpec } from '../../logic/chart-specs'

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`
const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`

/** 秒杀 sell-through (chart and table) and 接龙 sales of the range. */
export function SalesTables({ flash, chains, flashChart }: { flash: AdminStats['flash']; chains: AdminStats['chains']; flashChart: ChartSpec | null }) {
  return (
    <>
      {flash ? (
        <View className='admin-card' id='flash-numbers'>
          <View className='admin-card__title'>秒杀</View>
          {flashChart ? <Chart spec={flashChart} /> : null}
          <View className='admin-table'>
            <View className='admin-table__row admin-table__row--head'>
              <View className='admin-table__cell'>场次</View>
              <View className='admin-table__cell'>商品</View>
              <View className='admin-table__cell'>已售 / 库存</View>
              <View className='admin-table__cell'>售罄率</View>
              <View className='admin-table__cell'>销售额</View>
            </View>
            {flash.map((f) => (
              <View key={f.itemId} className='admin-table__row'>
                <View className='admin-table__cell'>{f.sessionId.replace('@', ' ')}</View>
                <View className='admin-table__cell'>{f.name}</View>
                <View className='admin-table__cell'>{f.sold} / {f.stock}</View>
                <View className='admin-table__cell'>{percent(f.sellThrough)}</View>
                <View className='admin-table__cell'>{yuan(f.salesFen)}</View>
              </View>
            ))}
            {!flash.length ? <View className='admin-empty'>这段时间没有秒杀场次</View> : null}
          </View>
        </View>
      ) : null}
      <View className='admin-card' id='chain-numbers'>
        <View className='admin-card__title'>社群接龙</View>
        <View className='admin-table'>
          <View className='admin-table__row admin-table__row--head'>
            <View className='admin-table__cell'>接龙</View>
            <View className='admin-table__cell'>门店</View>
            <View className='admin-table__cell'>跟团</View>
            <View className='admin-table__cell'>件数</View>
            <View className='admin-table__cell'>销售额</View>
          </View>
          {chains.map((c) => (
            <View key={c.chainId} className='admin-table__row'>
              <View className='admin-table__cell'>{c.title}</View>
              <View className='admin-table__cell'>{c.storeId}</View>
              <View className='admin-table__cell'>{c.entries}</View>
              <View className='admin-table__cell'>{c.quantity}</View>
              <View className='admin-table__cell'>{yuan(c.salesFen)}</View>
            </View>
          ))}
          {!chains.length ? <View className='admin-empty'>这段时间没有接龙</View> : null}
        </View>
      </View>
    </>
  )
}
