import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { FlashSaleStrip } from '@/features/flashsale/components/flash-sale-strip'
import { comingSoon } from '@/lib/navigate'

/**
 * The flash-sale strip (the live or next session) and the group-buy entry. Chains are
 * reached from the card a leader shares in the community group; the home entry stays a
 * placeholder until there is a list of open chains to feature.
 */
export function UpcomingModules() {
  return (
    <View className='section'>
      <FlashSaleStrip />
      <View className='upcoming'>
        <View className='upcoming__card' onClick={comingSoon}>
          <View className='upcoming__head'>
            <View className='upcoming__title'>社群接龙</View>
            <Tag round background='#eef8f1' color='#19a35b'>
              即将上线
            </Tag>
          </View>
          <View className='upcoming__description'>邻里一起拼，门店自提</View>
        </View>
      </View>
    </View>
  )
}
