import { useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { usePointsBalance } from '../api/get-points-balance'
import { usePointsHistory } from '../api/get-points-history'
import { BalanceHero } from '../components/balance-hero'
import { HistoryCard } from '../components/history-card'
import { ScreenGate } from '../components/screen-gate'
import { Shortcuts } from '../components/shortcuts'
import { useRefreshOnPointsChange } from '../hooks/points-changed'
import type { HistoryFilter } from '../model/history-view'
import './points-center.scss'

/** 积分中心: balance and expiry, the ways to spend, and the ledger month by month. */
export default function PointsCenterScreen() {
  const balance = usePointsBalance()
  const [filter, setFilter] = useState<HistoryFilter>('all')
  const history = usePointsHistory(filter)

  const refresh = () => Promise.all([balance.reload(), history.reload()])
  usePageRefresh(refresh)
  useRefreshOnPointsChange(refresh)
  useReachBottom(() => void history.loadMore())

  return (
    <View className='points-center'>
      <ScreenGate query={balance}>
        {(data) => (
          <>
            <BalanceHero balance={data.balance} expiring={data.expiring} />
            <Shortcuts />
            <HistoryCard filter={filter} onFilter={setFilter} history={history} />
          </>
        )}
      </ScreenGate>
    </View>
  )
}
