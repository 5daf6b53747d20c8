import { View } from '@tarojs/components'
import { Order } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import type { usePointsHistory } from '../api/get-points-history'
import { HISTORY_FILTERS, type HistoryFilter as Filter } from '../model/history-view'
import { HistoryFilter } from './history-filter'
import { HistoryList } from './history-list'
import { ListFooter } from './list-footer'
import { LoadFailed } from '@/components/load-failed'
import { PointsSkeleton } from './points-skeleton'
import './history-card.scss'

export interface HistoryCardProps {
  filter: Filter
  onFilter: (filter: Filter) => void
  history: ReturnType<typeof usePointsHistory>
}

const emptyTitles: Record<Filter, string> = { all: '暂无积分记录', earn: '暂无获得记录', spend: '暂无使用记录' }

/** 积分明细: the filter, then the ledger by month with an endless-list footer. */
export function HistoryCard({ filter, onFilter, history }: HistoryCardProps) {
  const label = HISTORY_FILTERS.find((f) => f.value === filter)?.label
  return (
    <View className='history-card'>
      <View className='history-card__head'>
        <View className='history-card__title'>积分明细</View>
        <HistoryFilter value={filter} onChange={onFilter} />
      </View>
      {history.loading === 'first' ? (
        <PointsSkeleton rows={3} hero={false} />
      ) : history.items.length === 0 && history.error ? (
        <LoadFailed message={history.error.message} onRetry={history.reload} />
      ) : history.items.length === 0 ? (
        <EmptyState icon={<Order size={36} />} title={emptyTitles[filter]} description={filter === 'all' ? '消费、签到都能攒积分' : `切换到「全部」看看，当前筛选：${label}`} />
      ) : (
        <>
          <HistoryList items={history.items} />
          <ListFooter loading={history.loading === 'more'} hasMore={history.nextCursor !== null} error={history.error?.message} onRetry={history.loadMore} />
        </>
      )}
    </View>
  )
}
