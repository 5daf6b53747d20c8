import { View } from '@tarojs/components'
import './signin-skeleton.scss'

/** The page's shape in grey while the first answer is on its way. */
export function SigninSkeleton() {
  return (
    <View className='signin-skeleton'>
      <View className='signin-skeleton__hero' />
      <View className='signin-skeleton__card signin-skeleton__card--short' />
      <View className='signin-skeleton__card' />
    </View>
  )
}
