import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { MAX_CHAIN_IMAGES, type ChainImagesProps } from './chain-images.types'

const extensionOf = (path: string) => /\.(\w{1,5})$/.exec(path)?.[1] ?? 'jpg'

/** WeChat: chooseImage, each picture uploaded to cloud storage; the chain keeps the fileIDs (cloud://…). */
export function ChainImages({ images, onChange }: ChainImagesProps) {
  const add = async () => {
    const picked = await Taro.chooseImage({ count: MAX_CHAIN_IMAGES - images.length, sizeType: ['compressed'] }).catch(() => null)
    if (!picked) return
    void Taro.showLoading({ title: '上传中', mask: true })
    try {
      const ids: string[] = []
      for (const path of picked.tempFilePaths) {
        const cloudPath = `chains/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.${extensionOf(path)}`
        ids.push((await Taro.cloud.uploadFile({ cloudPath, filePath: path })).fileID)
      }
      onChange([...images, ...ids].slice(0, MAX_CHAIN_IMAGES))
    } catch {
      void Taro.showToast({ title: '图片上传失败，请重试', icon: 'none' })
    } finally {
      void Taro.hideLoading()
    }
  }
  return (
    <View className='gb-images'>
      {images.map((src) => (
        <View key={src} className='gb-images__item' onClick={() => onChange(images.filter((x) => x !== src))}>
          <Image className='gb-images__image' src={src} mode='aspectFill' />
          <View className='gb-images__remove'>×</View>
        </View>
      ))}
      {images.length < MAX_CHAIN_IMAGES && (
        <View className='gb-images__add' onClick={add}>
          ＋
        </View>
      )}
    </View>
  )
}
