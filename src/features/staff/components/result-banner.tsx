import { View } from '@tarojs/components'
import './result-banner.scss'

/** What just happened, in one line a cashier reads at a glance (or why it did not). */
export function ResultBanner({ tone, text, detail }: { tone: 'done' | 'refused'; text: string; detail?: string }) {
  return (
    <View className={`result-banner result-banner--${tone}`}>
      <View className='result-banner__text'>{text}</View>
      {detail && <View className='result-banner__detail'>{detail}</View>}
    </View>
  )
}
