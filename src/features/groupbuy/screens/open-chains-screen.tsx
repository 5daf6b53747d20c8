import { useEffect, useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ListFooter } from '@/components/list-footer'
import { LoadFailed } from '@/components/load-failed'
import { Price } from '@/components/price'
import { openPage } from '@/lib/navigate'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useOpenChains } from '../api/open-chains'
import { PageState } from '../components/page-state'
import { countdownText, shanghaiTime } from '../model/when'
import { groupbuyRoutes } from '../routes'
import './open-chains-screen.scss'

/** The device clock, ticking each second (countdowns are placed on the server's clock by each item's skew). */
function useTick(): number {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}

/** 社群接龙: the open chains, soonest deadline first, with a countdown each; more on reach-bottom. */
export default function OpenChainsScreen() {
  const list = useOpenChains()
  const now = useTick()
  usePageRefresh(list.reload)
  useReachBottom(() => void list.loadMore())

  if (!list.loaded) return <PageState onRetry={list.reload} />
  if (list.items.length === 0 && list.error) return <LoadFailed message={list.error.message} onRetry={list.reload} />
  if (list.items.length === 0) return <EmptyState icon={<View className='gb-open__empty-icon'>接龙</View>} title='暂时没有进行中的接龙' description='团长发起接龙后会出现在这里，下拉刷新看看' />
  return (
    <View className='gb-open'>
      {list.items.map((c) => (
        <View key={c.chainId} className='gb-open__item' onClick={() => openPage(groupbuyRoutes.chain(c.chainId))}>
          <Image className='gb-open__image' src={c.image} mode='aspectFill' />
          <View className='gb-open__body'>
            <View className='gb-open__title'>【接龙】{c.title}</View>
            <View className='gb-open__price'>
              <Price fen={c.fromPriceFen} />
              {c.unit ? <View className='gb-open__unit'>/{c.unit}</View> : <View className='gb-open__unit'>起</View>}
            </View>
            <View className='gb-open__meta'>
              {c.participants} 人已参与 · 自提 {c.pickupPoint}
            </View>
            <View className='gb-open__countdown'>
              距截团 {countdownText(Date.parse(c.deadline) - (now + c.skewMs))} · {shanghaiTime(c.deadline)}
            </View>
          </View>
        </View>
      ))}
      <ListFooter loading={list.loading === 'more'} hasMore={!list.done} error={list.error?.message} onRetry={list.loadMore} />
    </View>
  )
}
