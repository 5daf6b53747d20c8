import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { comingSoon } from '@/lib/navigate'

/**
 * The flash-sale strip and the group-buy entry: placeholders until those modules ship; each
 * becomes a real entry (flash-sale sessions, open chains) when its subpackage lands.
 */
export function UpcomingModules() {
  return (
    <View className='section'>
      <View className='flash-strip' onClick={comingSoon}>
        <View className='flash-strip__title'>限时秒杀</View>
        <View className='flash-strip__session'>整点开抢</View>
        <View className='flash-strip__hint'>数量有限，即将上线 ›</View>
      </View>
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
