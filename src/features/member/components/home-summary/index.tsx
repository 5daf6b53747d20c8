import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ArrowRight, Checked } from '@nutui/icons-react-taro'
import { openPage } from '@/lib/navigate'
import { routes, tabs } from '@/lib/routes'
import { homeSummary } from '../../logic/home-summary'
import { refreshCard, useSessionStore } from '../../stores/session'
import { JoinSheet } from '../join-sheet'
import './index.scss'

const targets = { points: routes.points, wallet: tabs.wallet } as const

/**
 * The home page's member summary (issue 16 item 6): a visitor sees a join entry, a member
 * the tier, points, usable coupons and today's sign-in, each a way into its page. Fresh
 * on every show (after signing in or spending, the numbers agree with the other pages).
 * Place it on home when there is no store scene: with one, StoreWelcome offers the join.
 */
export function HomeMemberSummary() {
  const status = useSessionStore((s) => s.status)
  const card = useSessionStore((s) => s.card)
  const [joining, setJoining] = useState(false)
  useEffect(() => void refreshCard(), [])
  useDidShow(() => void refreshCard())

  const view = homeSummary(status, card)
  if (view.kind === 'loading') return <View className='home-summary home-summary--loading' />
  if (view.kind === 'visitor') {
    return (
      <View className='home-summary home-summary--visitor'>
        <View className='home-summary__pitch'>
          <View className='home-summary__title'>加入鲜果会员</View>
          <View className='home-summary__hint'>消费得积分 · 每日签到 · 专属好券</View>
        </View>
        <Button className='home-summary__join' type='primary' shape='round' onClick={() => setJoining(true)}>
          免费入会
        </Button>
        <JoinSheet visible={joining} onClose={() => setJoining(false)} />
      </View>
    )
  }
  return (
    <View className='home-summary home-summary--member'>
      <View className='home-summary__head' style={view.face} onClick={() => openPage(tabs.member)}>
        <View className='home-summary__tier'>{view.tierName}</View>
        <View className='home-summary__name'>{view.nickname}</View>
        <View className='home-summary__card'>
          会员卡 <ArrowRight size={10} />
        </View>
      </View>
      <View className='home-summary__stats'>
        {view.stats.map((s) => (
          <View key={s.label} className='home-summary__stat' onClick={() => openPage(targets[s.target])}>
            <View className='home-summary__value'>{s.value}</View>
            <View className='home-summary__label'>{s.label}</View>
          </View>
        ))}
        <View className={`home-summary__stat home-summary__signin${view.signin.done ? ' home-summary__signin--done' : ''}`} onClick={() => openPage(routes.signin)}>
          <View className='home-summary__value'>{view.signin.done ? <Checked size={18} /> : '签到'}</View>
          <View className='home-summary__label'>{view.signin.label}</View>
        </View>
      </View>
    </View>
  )
}
