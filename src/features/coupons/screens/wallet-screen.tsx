import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Tabs } from '@nutui/nutui-react-taro'
import { CommonCodes } from '@/contracts/envelope'
import { openPage } from '@/lib/navigate'
import { routes } from '@/lib/routes'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useWallet, WALLET_TABS, type WalletCoupon, type WalletTab } from '../api/get-wallet'
import { JoinState, LoadError, NoCoupons, TicketSkeleton } from '../components/states'
import { WalletCouponCard } from '../components/wallet-coupon'
import { useShowRefresh } from '@/lib/use-show-refresh'
import { couponRoutes } from '../routes'
import './wallet-screen.scss'

const EMPTY: Record<WalletTab, { title: string; description?: string }> = {
  可使用: { title: '暂无可用的券', description: '去领券中心看看，好券天天有' },
  已使用: { title: '还没有用过券', description: '领到的券用掉后会出现在这里' },
  已过期: { title: '没有过期的券', description: '过期的券会在这里保留一段时间' },
}

const openDetail = (c: WalletCoupon) => Taro.navigateTo({ url: couponRoutes.detail(c.id) })
const openCenter = () => openPage(routes.couponCenter)

/** 券包 tab: 可使用 / 已使用 / 已过期 with counts, soonest expiry first. */
export default function WalletScreen() {
  const [tab, setTab] = useState<WalletTab>('可使用')
  const wallet = useWallet(tab)
  usePageRefresh(wallet.reload)
  useShowRefresh(wallet.reload)

  if (wallet.error?.code === CommonCodes.NOT_MEMBER) {
    return (
      <View className='wallet'>
        <JoinState description='加入会员后，领到的优惠券都放在这里' />
      </View>
    )
  }

  const counts = (wallet.data ?? wallet.latest)?.counts
  const items = wallet.data?.items

  return (
    <View className='wallet'>
      <Tabs value={tab} onChange={(value) => setTab(value as WalletTab)} activeType='line'>
        {WALLET_TABS.map((t) => (
          <Tabs.TabPane key={t} value={t} title={counts ? `${t}(${counts[t]})` : t}>
            {/* Every pane needs content: NutUI drops empty panes and its slide offset goes wrong. */}
            <View className='wallet__list'>
              {t === tab && (
                <>
                  {!items && wallet.loading && <TicketSkeleton />}
                  {!items && !wallet.loading && wallet.error && <LoadError message={wallet.error.message} onRetry={wallet.reload} />}
                  {items?.length === 0 && <NoCoupons {...EMPTY[t]} onGo={openCenter} />}
                  {items?.map((c) => <WalletCouponCard key={c.id} coupon={c} onOpen={openDetail} />)}
                </>
              )}
            </View>
          </Tabs.TabPane>
        ))}
      </Tabs>
    </View>
  )
}
