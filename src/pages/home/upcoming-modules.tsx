import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { FlashSaleStrip } from '@/features/flashsale/components/flash-sale-strip'
import { openPage } from '@/lib/navigate'

/**
 * The flash-sale strip (the live or next session) and the group-buy entry: the open chains
 * list (a route string only: the main package is at its budget, so nothing is imported).
 */
export function UpcomingModules() {
  return (
    <View className='section'>
      <FlashSaleStrip />
      <View className='upcoming'>
        <View className='upcoming__card' onClick={() => openPage('/packages/groupbuy/pages/list/index')}>
          <View className='upcoming__head'>
            <View className='upcoming__title'>社群接龙</View>
            <Tag round background='#eef8f1' color='#19a35b'>
              进行中
            </Tag>
          </View>
          <View className='upcoming__description'>邻里一起拼，门店自提</View>
        </View>
      </View>
    </View>
  )
}
