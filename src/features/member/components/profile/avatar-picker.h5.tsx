import { useState } from 'react'
import { Image, View } from '@tarojs/components'
import { Popup } from '@nutui/nutui-react-taro'
import { MemberAvatar } from '../card/member-avatar'
import type { AvatarPickerProps } from './avatar-picker.types'

/** The browser has no WeChat avatar: the demo picks one of four bundled pictures. */
export const PRESET_AVATARS = [1, 2, 3, 4].map((n) => `/static/avatars/avatar-${n}.svg`)

export function AvatarPicker({ url, onPicked }: AvatarPickerProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <View className='avatar-picker' onClick={() => setOpen(true)}>
        <MemberAvatar url={url} size='large' />
      </View>
      <Popup visible={open} position='bottom' round closeable title='选择头像' onClose={() => setOpen(false)}>
        <View className='avatar-picker__presets'>
          {PRESET_AVATARS.map((preset) => (
            <View
              key={preset}
              className={`avatar-picker__preset${preset === url ? ' avatar-picker__preset--on' : ''}`}
              onClick={() => {
                setOpen(false)
                if (preset !== url) onPicked(preset)
              }}
            >
              <Image className='avatar-picker__image' src={preset} mode='aspectFill' />
            </View>
          ))}
        </View>
      </Popup>
    </>
  )
}
