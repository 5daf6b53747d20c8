import { View } from '@tarojs/components'
import { LoadFailed } from '@/components/load-failed'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useMySeat } from '../api/get-my-seat'
import { useStats } from '../api/numbers'
import { AwardList } from '../components/award-list'
import { TallyGrid } from '../components/tally-grid'
import { TeamList } from '../components/team-list'
import './numbers-screen.scss'

/** 我的数据: today and this month; for a 店长 also the store's, per staff member, and reversals. */
function StoreNumbers({ myId }: { myId: string }) {
  const store = useStats('store')
  if (store.error) return <LoadFailed message={store.error.message} onRetry={store.reload} />
  if (!store.data) return null
  return (
    <>
      <View className='numbers__section'>{store.data.storeName} · 全店</View>
      <TallyGrid title='全店今日' counts={store.data.total.today} />
      <TallyGrid title='全店本月' counts={store.data.total.month} />
      <TeamList stats={store.data} myId={myId} onChanged={() => void store.reload()} />
      <AwardList onChanged={() => void store.reload()} />
    </>
  )
}

export default function NumbersScreen() {
  const me = useMySeat()
  const mine = useStats('me')
  usePageRefresh(mine.reload)
  const seat = me.data?.seat

  if (mine.error) return <LoadFailed message={mine.error.message} onRetry={mine.reload} />
  return (
    <View className='numbers'>
      {mine.data && (
        <>
          <View className='numbers__section'>我的数据</View>
          <TallyGrid title='今日' counts={mine.data.total.today} />
          <TallyGrid title='本月' counts={mine.data.total.month} />
        </>
      )}
      {seat && seat.role !== 'staff' && <StoreNumbers myId={seat.staffId} />}
    </View>
  )
}
