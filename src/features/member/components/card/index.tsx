import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Cell } from '@nutui/nutui-react-taro'
import { ArrowRight, QrCode } from '@nutui/icons-react-taro'
import type { MemberCard } from '@/contracts/member'
import { openPage } from '@/lib/navigate'
import { memberRoutes } from '../../routes'
import { MemberCodeSheet } from '../member-code'
import { CardFace } from './card-face'
import { CardStats } from './card-stats'
import { GrowthBar } from './growth-bar'
import { TierBenefits } from './tier-benefits'
import './index.scss'

const arrow = <ArrowRight size={14} color='#c2c4cc' />

/** A member's card page: the card, what it holds, how to grow, and the member code. */
export function MemberCardView({ card }: { card: MemberCard }) {
  const [showCode, setShowCode] = useState(false)
  return (
    <View className='member-card-view'>
      <CardFace card={card} onShowCode={() => setShowCode(true)} />
      <CardStats card={card} />
      <GrowthBar card={card} />
      <View className='member-card-view__code'>
        <Button type='primary' size='large' block icon={<QrCode size={18} />} onClick={() => setShowCode(true)}>
          会员码
        </Button>
      </View>
      <TierBenefits card={card} />
      <Cell.Group>
        <Cell title='入会门店' extra={card.store?.name ?? '线上入会'} align='center' />
        <Cell title='个人资料' description='头像、昵称、手机号、生日' extra={arrow} align='center' clickable onClick={() => openPage(memberRoutes.profile)} />
      </Cell.Group>
      <MemberCodeSheet visible={showCode} onClose={() => setShowCode(false)} />
    </View>
  )
}
