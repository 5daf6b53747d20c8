import { View } from '@tarojs/components'
import { HISTORY_FILTERS, type HistoryFilter as Filter } from '../model/history-view'
import './history-filter.scss'

export interface HistoryFilterProps {
  value: Filter
  onChange: (value: Filter) => void
}

/** 全部 / 获得 / 使用 as a compact segmented control. */
export function HistoryFilter({ value, onChange }: HistoryFilterProps) {
  return (
    <View className='history-filter'>
      {HISTORY_FILTERS.map((f) => (
        <View
          key={f.value}
          className={`history-filter__chip ${f.value === value ? 'history-filter__chip--active' : ''}`}
          onClick={() => f.value !== value && onChange(f.value)}
        >
          {f.label}
        </View>
      ))}
    </View>
  )
}
