import { useState } from 'react'
import Taro, { useReachBottom, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Tabs } from '@nutui/nutui-react-taro'
import { Order } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { ListFooter } from '@/components/list-footer'
import { LoadFailed } from '@/components/load-failed'
import { orderTabs } from '@/contracts/order'
import type { OrderTab } from '@/domain/orders/order-status'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useShowRefresh } from '@/lib/use-show-refresh'
import { listClock, useOrders } from '../api/get-orders'
import { OrderCard } from '../components/order-card'
import { OrderPaySheet } from '../components/order-pay-sheet'
import { useOrderActions } from '../hooks/use-order-actions'
import { orderRoutes } from '../routes'
import './order-list-screen.scss'

const ALL = '全部'
type Tab = OrderTab | typeof ALL
const TABS: Tab[] = [ALL, ...orderTabs]
const isTab = (t: string | undefined): t is Tab => !!t && (TABS as string[]).includes(t)

/** 我的订单: 全部 / 待付款 (countdowns on server time) / 待取货 / 已完成 / 退款/售后, endless. */
export default function OrderListScreen() {
  const asked = useRouter().params.tab
  const [tab, setTab] = useState<Tab>(isTab(asked) ? asked : ALL)
  const list = useOrders(tab === ALL ? undefined : tab)
  const { pay, cancel } = useOrderActions(() => void list.reload())
  usePageRefresh(list.reload)
  useShowRefresh(list.reload)
  useReachBottom(() => void list.loadMore())

  return (
    <View className='order-list'>
      <Tabs value={tab} onChange={(v) => setTab(v as Tab)} activeType='line' align='left'>
        {TABS.map((t) => (
          <Tabs.TabPane key={t} value={t} title={t}>
            {/* Every pane needs content: NutUI drops empty panes and its slide offset goes wrong. */}
            <View className='order-list__items'>
              {t === tab && (
                <>
                  {list.items.length === 0 && list.loading === 'first' && <View className='order-list__ghost' />}
                  {list.items.length === 0 && list.error && <LoadFailed message={list.error.message} onRetry={list.reload} />}
                  {list.items.length === 0 && list.loaded && !list.loading && !list.error && <EmptyState icon={<Order size={40} />} title='暂无订单' description='去首页挑点新鲜水果吧' />}
                  {list.items.map((o) => (
                    <OrderCard
                      key={o.orderId}
                      order={o}
                      clock={listClock()}
                      busy={cancel.pending}
                      onOpen={() => Taro.navigateTo({ url: orderRoutes.detail(o.orderId) })}
                      onPay={() => void pay.start(o.orderId)}
                      onCancel={() => void cancel.run(o.orderId)}
                    />
                  ))}
                  {list.items.length > 0 && <ListFooter loading={list.loading === 'more'} hasMore={!list.done} error={list.error?.message} onRetry={list.loadMore} />}
                </>
              )}
            </View>
          </Tabs.TabPane>
        ))}
      </Tabs>
      <OrderPaySheet pay={pay} />
    </View>
  )
}
