import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Popup } from '@nutui/nutui-react-taro'
import { Coupon, Gift, Prices, Star } from '@nutui/icons-react-taro'
import { openPage } from '@/lib/navigate'
import { tabs } from '@/lib/routes'
import { peekReturnAfterJoin, takeReturnAfterJoin } from '@/lib/return-after-join'
import { useJoinMember, type JoinResult } from '../../api/join-member'
import { useJoinGifts } from '../../api/visit-store'
import { useSessionStore } from '../../stores/session'
import { JoinSuccess } from './join-success'
import { PrivacyNotice } from './privacy-notice'
import { useDimTabBar } from '@/components/sheet-dim'
import './index.scss'

const perks = [
  { title: '消费得积分', icon: <Star size={20} /> },
  { title: '生日礼', icon: <Gift size={20} /> },
  { title: '会员日折扣', icon: <Prices size={20} /> },
  { title: '专属好券', icon: <Coupon size={20} /> },
]

interface Props {
  visible: boolean
  onClose: () => void
  /** The store whose QR code brought the visitor here, if any. */
  storeName?: string | null
}

/**
 * One tap to join: the consent and the join are the same button. On WeChat it is also an
 * `agreePrivacyAuthorization` button, so the tap records the platform's privacy consent
 * that later calls (chooseAvatar, getPhoneNumber) need; without it WeChat would raise
 * `onNeedPrivacyAuthorization` / ask through `wx.requirePrivacyAuthorize` on those calls.
 */
export function JoinSheet({ visible, onClose, storeName }: Props) {
  const { join, pending } = useJoinMember()
  const [result, setResult] = useState<JoinResult>()
  const card = useSessionStore((s) => s.card)
  const gifts = useJoinGifts(visible && !result)
  useDimTabBar(visible)

  useEffect(() => {
    if (!visible) setResult(undefined)
  }, [visible])

  const agreeAndJoin = async () => {
    const joined = await join()
    if (joined) setResult(joined)
  }

  const viewCard = () => {
    onClose()
    void openPage(tabs.member)
  }
  // Sent here to join from somewhere (领取 in 领券中心): back there first.
  const returnTo = result ? peekReturnAfterJoin() : undefined
  const goBack = () => {
    onClose()
    void openPage(takeReturnAfterJoin()?.url ?? tabs.member)
  }

  return (
    <Popup className='member-sheet' visible={visible} position='bottom' round closeable={!pending} onClose={onClose}>
      <View className='join-sheet'>
        {result ? (
          <JoinSuccess result={result} card={card} onViewCard={viewCard} returnLabel={returnTo?.label} onReturn={goBack} />
        ) : (
          <>
            <View className='join-sheet__title'>加入鲜果会员</View>
            <View className='join-sheet__subtitle'>{storeName ? `${storeName} 邀你免费入会` : '免费入会，立享会员权益'}</View>
            <View className='join-sheet__perks'>
              {perks.map((perk) => (
                <View key={perk.title} className='join-sheet__perk'>
                  <View className='join-sheet__perk-icon'>{perk.icon}</View>
                  <View className='join-sheet__perk-title'>{perk.title}</View>
                </View>
              ))}
            </View>
            {gifts.length > 0 && <View className='join-sheet__gift'>入会即送：{gifts.join('、')}</View>}
            <PrivacyNotice />
            <Button type='primary' size='large' block loading={pending} disabled={pending} openType='agreePrivacyAuthorization' onClick={agreeAndJoin}>
              同意并加入
            </Button>
          </>
        )}
      </View>
    </Popup>
  )
}
