import { View } from '@tarojs/components'
import { FlashSaleStrip } from './sections'
import { openPage } from '@/lib/navigate'

/**
 * The flash-sale strip (the live or next session) and the group-buy entry: the open chains
 * list (a route string only: the main package is at its budget, so nothing is imported; the
 * tag is a styled View rather than NutUI's Tag, which kept that component in the main package).
 */
export function UpcomingModules() {
  return (
    <View className='section'>
      <FlashSaleStrip />
      <View className='upcoming'>
        <View className='upcoming__card' onClick={() => openPage('/packages/groupbuy/pages/list/index')}>
          <View className='upcoming__head'>
            <View className='upcoming__title'>社群接龙</View>
            <View className='upcoming__tag'>进行中</View>
          </View>
          <View className='upcoming__description'>邻里一起拼，门店自提</View>
        </View>
      </View>
    </View>
  )
}
