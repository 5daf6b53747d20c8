import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Tabs } from '@nutui/nutui-react-taro'
import { Coupon } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { openPage } from '@/lib/navigate'
import { routes } from '@/lib/routes'
import { usePageRefresh } from '@/lib/use-page-refresh'
import './index.scss'

const tabs = [
  { value: 'usable', title: '可使用', empty: '暂无可用的券' },
  { value: 'used', title: '已使用', empty: '还没有用过券' },
  { value: 'expired', title: '已过期', empty: '没有过期的券' },
] as const

/** Coupon wallet. Lists come with the coupon feature; until then every tab is empty. */
export default function WalletPage() {
  const [tab, setTab] = useState<string>('usable')
  usePageRefresh()

  return (
    <View className='wallet'>
      <Tabs value={tab} onChange={(value) => setTab(String(value))} activeType='line' align='left'>
        {tabs.map((item) => (
          <Tabs.TabPane key={item.value} value={item.value} title={item.title}>
            <EmptyState icon={<Coupon size={40} />} title={item.empty}
              description={item.value === 'usable' ? '去领券中心看看，好券天天有' : undefined}
            >
              {item.value === 'usable' && (
                <Button type='primary' fill='outline' onClick={() => openPage(routes.couponCenter)}>
                  去领券
                </Button>
              )}
            </EmptyState>
          </Tabs.TabPane>
        ))}
      </Tabs>
    </View>
  )
}
