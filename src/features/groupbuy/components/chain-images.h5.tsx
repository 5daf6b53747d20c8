import { Image, View } from '@tarojs/components'
import { MAX_CHAIN_IMAGES, type ChainImagesProps } from './chain-images.types'

/** The browser (local demo) has no cloud storage: the leader picks among bundled product pictures. */
const PRESETS = ['cherry', 'mango', 'strawberry', 'grape', 'orange', 'apple'].map((n) => `/static/products/${n}.svg`)

export function ChainImages({ images, onChange }: ChainImagesProps) {
  const toggle = (src: string) => onChange(images.includes(src) ? images.filter((x) => x !== src) : [...images, src].slice(0, MAX_CHAIN_IMAGES))
  return (
    <View className='gb-images'>
      {PRESETS.map((src) => (
        <View key={src} className={`gb-images__item${images.includes(src) ? ' gb-images__item--on' : ''}`} onClick={() => toggle(src)}>
          <Image className='gb-images__image' src={src} mode='aspectFill' />
          {images.includes(src) && <View className='gb-images__remove'>{images.indexOf(src) + 1}</View>}
        </View>
      ))}
    </View>
  )
}
