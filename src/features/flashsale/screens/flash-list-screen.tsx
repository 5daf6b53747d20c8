import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Loading } from '@nutui/nutui-react-taro'
import { Clock } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { LoadFailed } from '@/components/load-failed'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useSessions } from '../api/get-sessions'
import { CountdownText } from '../components/countdown-text'
import { FlashItemRow } from '../components/flash-item-row'
import { SessionTabs } from '../components/session-tabs'
import { useServerNow } from '../hooks/use-server-now'
import { liveState } from '../model/buy-button'
import { flashRoutes } from '../routes'
import './flash-list-screen.scss'

/** 限时秒杀: session tabs with countdowns on the server's clock, the chosen session's items. */
export default function FlashListScreen() {
  const sessions = useSessions()
  const now = useServerNow()
  const [chosen, setChosen] = useState<string>()
  usePageRefresh(sessions.reload)

  if (!sessions.data) {
    return sessions.error ? (
      <LoadFailed message={sessions.error.message} onRetry={sessions.reload} />
    ) : (
      <View className='flash-list__loading'>
        <Loading>加载中</Loading>
      </View>
    )
  }
  const list = sessions.data.sessions
  if (!list.length) return <EmptyState icon={<Clock size={40} />} title='暂无秒杀场次' description='整点开抢，敬请期待' />
  const session = list.find((s) => s.sessionId === chosen) ?? list[0]
  const started = now.getTime() >= new Date(session.startAt).getTime()

  return (
    <View className='flash-list'>
      <SessionTabs sessions={list} active={session.sessionId} now={now} onChange={setChosen} />
      <View className='flash-list__bar'>
        <View className='flash-list__title'>{started ? '抢购中 · 先到先得' : '即将开抢 · 先设提醒'}</View>
        <CountdownText label={started ? '距结束' : '距开抢'} target={started ? session.endAt : session.startAt} now={now} />
      </View>
      <View className='flash-list__items'>
        {session.items.length === 0 && <EmptyState icon={<Clock size={40} />} title='本场商品准备中' />}
        {session.items.map((item) => (
          <FlashItemRow key={item.itemId} item={item} state={liveState(item, now)} onOpen={() => void Taro.navigateTo({ url: flashRoutes.item(item.itemId) })} />
        ))}
      </View>
    </View>
  )
}
