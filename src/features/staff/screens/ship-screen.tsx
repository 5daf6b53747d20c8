import { View } from '@tarojs/components'
import { Order } from '@nutui/icons-react-taro'
import Taro from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoadFailed } from '@/components/load-failed'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useSingleFlight } from '@/lib/use-single-flight'
import { shipOrder, useOrdersToShip } from '../api/shipping'
import { ResultBanner } from '../components/result-banner'
import { ShipForm } from '../components/ship-form'
import './workspace-screen.scss'

/** 快递发货: paid delivery orders of the store that ships them, each with its ship form. */
export default function ShipScreen() {
  const query = useOrdersToShip()
  usePageRefresh(query.reload)
  const ship = useSingleFlight(async (orderId: string, company: string, trackingNo: string) => {
    const { order } = await shipOrder(orderId, company, trackingNo)
    void Taro.showToast({ title: '已发货', icon: 'success' })
    if (query.data) query.set({ items: query.data.items.filter((o) => o.orderId !== order.orderId) })
    return order
  })

  if (query.error) return <LoadFailed message={query.error.message} onRetry={query.reload} />
  if (!query.data) return <View className='workspace' />
  const items = query.data.items
  return (
    <View className='workspace'>
      {ship.error && <ResultBanner tone='refused' text={ship.error.message} />}
      {items.length === 0 && <EmptyState icon={<Order size={40} />} title='暂无待发货订单' description='快递配送的订单付款后会出现在这里' />}
      {items.map((o) => (
        <ShipForm key={o.orderId} order={o} pending={ship.pending} onShip={(company, no) => void ship.run(o.orderId, company, no)} />
      ))}
    </View>
  )
}
