import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ArrowRight } from '@nutui/icons-react-taro'
import { openPage } from '@/lib/navigate'
import { memberRoutes } from '../../routes'
import type { MemberCard } from '@/contracts/member'
import { useSessionStore, type MemberStatus } from '../../stores/session'
import { MemberAvatar } from '../card/member-avatar'
import { JoinSheet } from '../join-sheet'
import './index.scss'

/** Top of 我的: who the member is (avatar, nickname, tier) or the invitation to join. */
export function MineHeader() {
  const { status, card } = useSessionStore()
  const [joining, setJoining] = useState(false)

  return (
    <>
      {status === 'member' && card ? <MemberHead card={card} /> : <GuestHead status={status} onJoin={() => setJoining(true)} />}
      {/* A sibling of both heads: its success step outlives the switch to the member head,
          and taps inside it never reach the head's own onClick. */}
      <JoinSheet visible={joining} onClose={() => setJoining(false)} />
    </>
  )
}

function MemberHead({ card }: { card: MemberCard }) {
  const { from, to, text } = card.tier.colors
  return (
    <View className='mine-header' onClick={() => openPage(memberRoutes.profile)}>
      <MemberAvatar url={card.avatarUrl} size='large' />
      <View className='mine-header__text'>
        <View className='mine-header__name'>{card.nickname || '设置昵称'}</View>
        <View className='mine-header__tier' style={{ background: `linear-gradient(135deg, ${from}, ${to})`, color: text }}>
          {card.tier.name}
        </View>
      </View>
      <ArrowRight size={16} color='#8c9097' />
    </View>
  )
}

function GuestHead({ status, onJoin }: { status: MemberStatus; onJoin: () => void }) {
  return (
    <View className='mine-header'>
      <MemberAvatar url={null} size='large' />
      <View className='mine-header__text'>
        <View className='mine-header__name'>微信用户</View>
        <View className='mine-header__hint'>{status === 'unknown' ? '正在加载会员信息…' : '加入会员，查看积分与权益'}</View>
      </View>
      {status === 'guest' && (
        <Button type='primary' size='small' onClick={onJoin}>
          一键入会
        </Button>
      )}
    </View>
  )
}
