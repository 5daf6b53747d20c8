import Taro from '@tarojs/taro'
import { Button } from '@tarojs/components'
import { MemberAvatar } from '../card/member-avatar'
import type { AvatarPickerProps } from './avatar-picker.types'

const extensionOf = (path: string) => /\.(\w{1,5})$/.exec(path)?.[1] ?? 'jpg'

/**
 * WeChat: the chooseAvatar button gives a temporary file; it is uploaded to cloud storage
 * and the member keeps its fileID (cloud://…), which <Image> shows directly.
 */
export function AvatarPicker({ url, onPicked }: AvatarPickerProps) {
  const choose = async (e: { detail: { avatarUrl?: string } }) => {
    const temp = e.detail.avatarUrl
    if (!temp) return
    void Taro.showLoading({ title: '上传中', mask: true })
    try {
      const cloudPath = `avatars/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.${extensionOf(temp)}`
      const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath: temp })
      void Taro.hideLoading()
      onPicked(fileID)
    } catch {
      void Taro.hideLoading()
      void Taro.showToast({ title: '头像上传失败，请重试', icon: 'none' })
    }
  }
  return (
    <Button className='avatar-picker' openType='chooseAvatar' onChooseAvatar={choose}>
      <MemberAvatar url={url} size='large' />
    </Button>
  )
}
