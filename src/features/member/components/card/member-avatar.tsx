import { Image, View } from '@tarojs/components'
import { User } from '@nutui/icons-react-taro'
import './member-avatar.scss'

/** The member's avatar, or a neutral silhouette until they choose one. */
export function MemberAvatar({ url, size = 'normal' }: { url: string | null | undefined; size?: 'normal' | 'large' }) {
  return (
    <View className={`member-avatar member-avatar--${size}`}>
      {url ? <Image className='member-avatar__image' src={url} mode='aspectFill' /> : <User size={size === 'large' ? 30 : 22} color='#19a35b' />}
    </View>
  )
}
