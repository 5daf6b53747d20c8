import { View } from '@tarojs/components'
import type { LookedUpMember } from '../api/lookup-member'
import './member-panel.scss'

/** The scanned member: masked phone, tier and points, as the cashier needs them. */
export function MemberPanel({ member }: { member: LookedUpMember['member'] }) {
  return (
    <View className='member-panel'>
      <View className='member-panel__head'>
        <View className='member-panel__name'>{member.nickname}</View>
        <View className='member-panel__tier'>{member.tierName}</View>
      </View>
      <View className='member-panel__line'>
        卡号 {member.cardNo}
        {member.phoneMasked ? ` · ${member.phoneMasked}` : ''}
      </View>
      <View className='member-panel__points'>
        积分 <View className='member-panel__balance'>{member.points}</View>
      </View>
    </View>
  )
}
