import { View } from '@tarojs/components'
import { comingSoon } from '@/lib/navigate'

/**
 * The top of home: the seasonal banner and the member-day banner. Both are placeholders
 * drawn with CSS (no images in the main package) until campaigns can be configured.
 */
export function PromoBanners() {
  return (
    <View className='promo'>
      <View className='promo__banner' onClick={comingSoon}>
        <View className='promo__kicker'>当季鲜果</View>
        <View className='promo__headline'>产地直采 · 当日到店</View>
        <View className='promo__cta'>会员价抢先购 ›</View>
      </View>
      <View className='promo__member-day' onClick={comingSoon}>
        <View className='promo__tag'>会员日</View>
        <View className='promo__text'>每周二会员日 · 双倍积分 · 专享好券</View>
      </View>
    </View>
  )
}
