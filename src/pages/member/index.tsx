import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { NetworkError } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { GuestInvite, JoinSheet, MemberCardView, refreshCard, useSessionStore } from '@/features/member'
import { usePageRefresh } from '@/lib/use-page-refresh'
import './index.scss'

const toastFailure = (message: string | null) => {
  if (message) void Taro.showToast({ title: message, icon: 'none' })
}

/** 会员 tab: the member's card, or the invitation to join. */
export default function MemberPage() {
  const { status, card, error } = useSessionStore()
  const [joining, setJoining] = useState(false)
  useDidShow(() => void refreshCard())
  usePageRefresh(() => refreshCard().then(toastFailure))

  return (
    <View className='member'>
      {card ? (
        <MemberCardView card={card} />
      ) : status === 'guest' ? (
        <GuestInvite onJoin={() => setJoining(true)} />
      ) : error ? (
        <EmptyState icon={<NetworkError size={36} />} title='会员卡加载失败' description={error}>
          <Button type='primary' fill='outline' onClick={() => void refreshCard()}>
            重试
          </Button>
        </EmptyState>
      ) : (
        <View className='member__loading'>
          <View className='member__ghost member__ghost--card' />
          <View className='member__ghost' />
          <View className='member__ghost' />
        </View>
      )}
      <JoinSheet visible={joining} onClose={() => setJoining(false)} />
    </View>
  )
}
