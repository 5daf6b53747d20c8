import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Skeleton } from '@nutui/nutui-react-taro'
import { WarningF } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { GuestInvite, MemberCardView, refreshCard, useSessionStore } from '@/features/member'
import { usePageRefresh } from '@/lib/use-page-refresh'
import './index.scss'

const toastFailure = (message: string | null) => {
  if (message) void Taro.showToast({ title: message, icon: 'none' })
}

/** 会员 tab: the member's card, or the invitation to join. */
export default function MemberPage() {
  const { status, card, error } = useSessionStore()
  useDidShow(() => void refreshCard())
  usePageRefresh(() => refreshCard().then(toastFailure))

  return (
    <View className='member'>
      {card ? (
        <MemberCardView card={card} />
      ) : status === 'guest' ? (
        <GuestInvite />
      ) : error ? (
        <EmptyState icon={<WarningF size={36} />} title='会员卡加载失败' description={error}>
          <Button type='primary' fill='outline' onClick={() => void refreshCard()}>
            重试
          </Button>
        </EmptyState>
      ) : (
        <View className='member__loading'>
          <Skeleton rows={8} animated />
        </View>
      )}
    </View>
  )
}
