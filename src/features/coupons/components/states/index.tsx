import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Coupon, NetworkError, User } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { openPage } from '@/lib/navigate'
import { tabs } from '@/lib/routes'
import { rememberReturnAfterJoin } from '@/lib/return-after-join'
import './index.scss'

const joinNow = () => openPage(tabs.member)

/** Ticket-shaped grey blocks while a list loads. */
export function TicketSkeleton({ count = 3 }: { count?: number }) {
  return (
    <View className='ticket-skeleton'>
      {Array.from({ length: count }, (_, i) => (
        <View key={i} className='ticket-skeleton__card'>
          <View className='ticket-skeleton__face' />
          <View className='ticket-skeleton__body'>
            <View className='ticket-skeleton__line ticket-skeleton__line--title' />
            <View className='ticket-skeleton__line' />
            <View className='ticket-skeleton__line ticket-skeleton__line--short' />
          </View>
        </View>
      ))}
    </View>
  )
}

/** A visitor who is not a member yet: why to join, and the way to the 会员 tab. */
export function JoinState({ description = '加入会员后即可领取和使用优惠券' }: { description?: string }) {
  return (
    <EmptyState icon={<User size={40} />} title='请先加入会员' description={description}>
      <Button type='primary' shape='round' onClick={joinNow}>
        去加入会员
      </Button>
    </EmptyState>
  )
}

/** A slim banner above a list: join to claim, then back to `returnTo` after joining. */
export function JoinBanner({ returnTo }: { returnTo?: string }) {
  const go = () => {
    if (returnTo) rememberReturnAfterJoin({ url: returnTo, label: '返回继续领券' })
    void joinNow()
  }
  return (
    <View className='join-banner' onClick={go}>
      <View className='join-banner__text'>加入会员即可领券，免费入会</View>
      <View className='join-banner__action'>去入会 ›</View>
    </View>
  )
}

/** A failed load, with its Chinese message and a retry. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <EmptyState icon={<NetworkError size={40} />} title='加载失败' description={message}>
      <Button type='primary' fill='outline' shape='round' onClick={onRetry}>
        重新加载
      </Button>
    </EmptyState>
  )
}

/** A coupon id that names nothing of the member's (deleted, someone else's, a bad link). */
export function CouponGone() {
  return (
    <EmptyState icon={<Coupon size={40} />} title='券不存在或已失效' description='去券包看看你的其他优惠券吧'>
      <Button type='primary' shape='round' onClick={() => openPage(tabs.wallet)}>
        去券包
      </Button>
    </EmptyState>
  )
}

/** Nothing here yet: a way to 领券中心. */
export function NoCoupons({ title, description, onGo }: { title: string; description?: string; onGo?: () => void }) {
  return (
    <EmptyState icon={<Coupon size={40} />} title={title} description={description}>
      {onGo && (
        <Button type='primary' fill='outline' shape='round' onClick={onGo}>
          去领券中心
        </Button>
      )}
    </EmptyState>
  )
}
