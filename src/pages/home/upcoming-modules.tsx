import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { comingSoon } from '@/lib/navigate'

const modules = [
  { title: '社群接龙', description: '邻里一起拼，门店自提' },
  { title: '限时秒杀', description: '整点开抢，数量有限' },
]

/** Room for the modules that come next; each card becomes a real entry when it ships. */
export function UpcomingModules() {
  return (
    <View className='section'>
      <View className='section__title'>更多玩法</View>
      <View className='upcoming'>
        {modules.map((module) => (
          <View key={module.title} className='upcoming__card' onClick={comingSoon}>
            <View className='upcoming__head'>
              <View className='upcoming__title'>{module.title}</View>
              <Tag round background='#eef8f1' color='#19a35b'>
                即将上线
              </Tag>
            </View>
            <View className='upcoming__description'>{module.description}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
