import { View } from '@tarojs/components'
import { Loading } from '@nutui/nutui-react-taro'
import { LoadFailed } from '@/components/load-failed'
import './page-state.scss'

/** What a page shows before its data: the spinner, or the failure with a retry. */
export function PageState({ error, onRetry }: { error?: { message: string }; onRetry: () => void }) {
  return error ? (
    <LoadFailed message={error.message} onRetry={onRetry} />
  ) : (
    <View className='gb-page-loading'>
      <Loading>加载中</Loading>
    </View>
  )
}
