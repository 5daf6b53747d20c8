import { View } from '@tarojs/components'
import { QrCode } from '@nutui/icons-react-taro'
import type { MemberCard } from '@/contracts/member'
import { groupCardNo } from '../../logic/card-number'
import { MemberAvatar } from './member-avatar'
import './card-face.scss'

interface Props {
  card: MemberCard
  onShowCode: () => void
}

/** The card itself, in the tier's colours. */
export function CardFace({ card, onShowCode }: Props) {
  const { from, to, text } = card.tier.colors
  return (
    <View className='card-face' style={{ background: `linear-gradient(135deg, ${from} 0%, ${to} 100%)`, color: text }}>
      <View className='card-face__top'>
        <View className='card-face__brand'>鲜果会员</View>
        <View className='card-face__tier' style={{ borderColor: text }}>
          {card.tier.name}
        </View>
      </View>
      <View className='card-face__holder'>
        <MemberAvatar url={card.avatarUrl} />
        <View className='card-face__name'>{card.nickname || '微信用户'}</View>
      </View>
      <View className='card-face__bottom'>
        <View className='card-face__no'>{groupCardNo(card.cardNo)}</View>
        <View className='card-face__code' style={{ color: text, borderColor: text }} onClick={onShowCode}>
          <QrCode size={16} />
          <View className='card-face__code-label'>会员码</View>
        </View>
      </View>
    </View>
  )
}
