import { View } from '@tarojs/components'
import './points-skeleton.scss'

/** Grey blocks in the shape of a card and a few rows, while the first answer is on its way. */
export function PointsSkeleton({ rows = 4, hero = true }: { rows?: number; hero?: boolean }) {
  return (
    <View className='points-skeleton'>
      {hero && <View className='points-skeleton__hero' />}
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className='points-skeleton__row'>
          <View className='points-skeleton__line points-skeleton__line--long' />
          <View className='points-skeleton__line points-skeleton__line--short' />
        </View>
      ))}
    </View>
  )
}
