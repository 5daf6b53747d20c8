import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ArrowRight, Store } from '@nutui/icons-react-taro'
import { openPage } from '@/lib/navigate'
import { tabs } from '@/lib/routes'
import { useStoreVisit } from '../../api/visit-store'
import { useSessionStore } from '../../stores/session'
import { JoinSheet } from '../join-sheet'
import './index.scss'

/**
 * The landing of a store QR code on home: welcome from the store (and the staff member
 * whose code it is) and, for a visitor who is not a member yet, the one-tap join. An
 * unknown or disabled scene renders nothing: the home page stays as it is.
 */
export function StoreWelcome({ scene }: { scene?: string }) {
  const visit = useStoreVisit(scene)
  const status = useSessionStore((s) => s.status)
  const [joining, setJoining] = useState(false)
  if (!visit?.store) return null

  // The session knows best after a join on this page.
  const isMember = status === 'member' || (status === 'unknown' && visit.isMember)
  return (
    <View className='store-welcome'>
      <View className='store-welcome__head'>
        <View className='store-welcome__icon'>
          <Store size={22} />
        </View>
        <View className='store-welcome__text'>
          <View className='store-welcome__title'>欢迎光临 {visit.store.name}</View>
          <View className='store-welcome__hint'>
            {visit.staffName ? `店员 ${visit.staffName} 为你服务` : '很高兴在店里见到你'}
          </View>
        </View>
      </View>
      {isMember ? (
        <View className='store-welcome__member' onClick={() => openPage(tabs.member)}>
          <View>出示会员码，积分自动累计</View>
          <View className='store-welcome__more'>
            查看会员卡 <ArrowRight size={12} />
          </View>
        </View>
      ) : (
        <View className='store-welcome__offer'>
          <View className='store-welcome__pitch'>入会免费 · 消费得积分 · 生日有礼 · 会员日折扣</View>
          {visit.joinGifts.length > 0 && <View className='store-welcome__gift'>入会礼：{visit.joinGifts.join('、')}</View>}
          <Button type='primary' size='large' block onClick={() => setJoining(true)}>
            一键成为会员
          </Button>
        </View>
      )}
      <JoinSheet visible={joining} storeName={visit.store.name} onClose={() => setJoining(false)} />
    </View>
  )
}
