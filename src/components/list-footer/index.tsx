import { View } from '@tarojs/components'
import { Loading } from '@nutui/nutui-react-taro'
import './index.scss'

export interface ListFooterProps {
  loading: boolean
  hasMore: boolean
  error?: string
  onRetry: () => void
}

/** The end of an endless list: loading, a retry after a failed page, or 「没有更多了」. */
export function ListFooter({ loading, hasMore, error, onRetry }: ListFooterProps) {
  if (loading) {
    return (
      <View className='list-footer'>
        <Loading type='circular'>加载中…</Loading>
      </View>
    )
  }
  if (error) {
    return (
      <View className='list-footer list-footer--error' onClick={onRetry}>
        {error}，点击重试
      </View>
    )
  }
  return <View className='list-footer'>{hasMore ? '上滑加载更多' : '没有更多了'}</View>
}
