import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Gift } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useMallItems, type MallItem } from '../api/get-mall-items'
import { MallHeader } from '../components/mall-header'
import { MallItemCard } from '../components/mall-item-card'
import { ScreenGate } from '../components/screen-gate'
import { rememberItem } from '../hooks/picked-item'
import { useRefreshOnPointsChange } from '../hooks/points-changed'
import { pointsRoutes } from '../model/points-routes'
import './points-mall.scss'

const open = (item: MallItem) => {
  rememberItem(item)
  void Taro.navigateTo({ url: pointsRoutes.mallItem(item.id) })
}

/** 积分商城: the balance, then every item as a two-column grid. */
export default function PointsMallScreen() {
  const mall = useMallItems()
  usePageRefresh(mall.reload)
  useRefreshOnPointsChange(mall.reload)

  return (
    <View className='points-mall'>
      <ScreenGate query={mall}>
        {({ balance, items }) => (
          <>
            <MallHeader balance={balance} />
            {items.length === 0 ? (
              <EmptyState icon={<Gift size={40} />} title='商城正在上新' description='好礼很快就来，先攒着积分吧' />
            ) : (
              <View className='points-mall__grid'>
                {items.map((item) => (
                  <MallItemCard key={item.id} item={item} balance={balance} onOpen={open} />
                ))}
              </View>
            )}
          </>
        )}
      </ScreenGate>
    </View>
  )
}
