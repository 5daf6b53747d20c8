import { View } from '@tarojs/components'
import { openPage } from '@/lib/navigate'
import { groupbuyRoutes } from '../routes'
import './groupbuy-entry.scss'

/**
 * The home page's way in (the integrator places it in src/pages/home): the featured chain
 * (社群接龙) and, for leaders, their home. Pure navigation: no call on the home page.
 */
export function GroupbuyEntry({ chainId, title = '社群接龙', subtitle = '邻里拼单 · 门店自提' }: { chainId: string; title?: string; subtitle?: string }) {
  return (
    <View className='gb-home-entry' onClick={() => openPage(groupbuyRoutes.chain(chainId))}>
      <View className='gb-home-entry__badge'>接龙</View>
      <View className='gb-home-entry__text'>
        <View className='gb-home-entry__title'>{title}</View>
        <View className='gb-home-entry__subtitle'>{subtitle}</View>
      </View>
      <View
        className='gb-home-entry__leader'
        onClick={(e) => {
          e.stopPropagation()
          openPage(groupbuyRoutes.leader)
        }}
      >
        团长入口 ›
      </View>
    </View>
  )
}
