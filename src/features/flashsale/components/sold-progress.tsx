import { View } from '@tarojs/components'
import './sold-progress.scss'

/** 「已抢 87%」 with a bar. */
export function SoldProgress({ percent }: { percent: number }) {
  return (
    <View className='sold-progress'>
      <View className='sold-progress__track'>
        <View className='sold-progress__bar' style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
      </View>
      <View className='sold-progress__text'>{percent >= 100 ? '已抢光' : `已抢 ${percent}%`}</View>
    </View>
  )
}
