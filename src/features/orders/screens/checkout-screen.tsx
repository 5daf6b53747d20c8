import { useMemo, useState, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Cart } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { LoadFailed } from '@/components/load-failed'
import { Price } from '@/components/price'
import { CommonCodes } from '@/contracts/envelope'
import { useSingleFlight } from '@/lib/use-single-flight'
import { BottomBar, WITH_BOTTOM_BAR } from '../components/bottom-bar'
import { useCommonStores } from '../api/get-product'
import { createOrder, useOrderPreview, type CheckoutDraft } from '../api/orders'
import { FulfilmentPicker } from '../components/fulfilment-picker'
import { OrderLines } from '../components/order-lines'
import { OrderPaySheet } from '../components/order-pay-sheet'
import { PointsSwitch } from '../components/points-switch'
import { PriceBreakdown } from '../components/price-breakdown'
import { usePayOrder } from '../hooks/use-pay-order'
import { selectedItems, type CartItem } from '../model/cart-lines'
import { EMPTY_ADDRESS, fulfilmentOf } from '../model/checkout-draft'
import { checkoutMoney } from '../model/checkout-money'
import { orderRoutes } from '../routes'
import { useCartItems } from '../stores/cart'
import { cartCommands } from '../stores/cart-commands'
import './checkout-screen.scss'

/** What the page's coupon picker (the coupons feature) gets: the priced lines, the store, a listener. */
export interface CouponSlotProps {
  lines: { sku: string; category: string; priceFen: number; quantity: number }[]
  storeId?: string
  onChange: (couponId: string | null) => void
}

export interface CheckoutScreenProps {
  owner: string
  /** The coupon picker, composed by the page (features do not import each other). */
  renderCoupons: (props: CouponSlotProps) => ReactNode
}

/**
 * 确认订单: pickup store or address, the lines at the member's prices, the coupon picker,
 * the points switch and the breakdown, all from order.preview (the points switch answers at
 * once from the same rule). 提交订单 creates the order (once per requestId) and pays it.
 */
export default function CheckoutScreen({ owner, renderCoupons }: CheckoutScreenProps) {
  const cart = useCartItems(owner)
  // Frozen when submitted: the lines leave the cart, the screen keeps showing them.
  const [frozen, setFrozen] = useState<CartItem[]>()
  const items = useMemo(() => frozen ?? selectedItems(cart), [frozen, cart])
  const [kind, setKind] = useState<'pickup' | 'delivery'>('pickup')
  const stores = useCommonStores(items.map((i) => i.productId))
  const [storeId, setStoreId] = useState<string>()
  const pickedStore = stores.data?.some((s) => s.storeId === storeId) ? storeId : stores.data?.[0]?.storeId
  const [address, setAddress] = useState(EMPTY_ADDRESS)
  const [couponId, setCouponId] = useState<string | null>()
  const [usePoints, setUsePoints] = useState(false)

  const fulfilment = fulfilmentOf(kind, pickedStore, address)
  const draft: CheckoutDraft | undefined = fulfilment && items.length ? { lines: items.map((i) => ({ skuId: i.skuId, quantity: i.quantity })), fulfilment, couponId, usePoints } : undefined
  const preview = useOrderPreview(draft)
  const shown = preview.data ?? preview.latest
  const money = shown && checkoutMoney(shown, usePoints)

  const pay = usePayOrder(
    (orderId) => void Taro.redirectTo({ url: orderRoutes.payResult(orderId) }),
    (orderId) => void Taro.redirectTo({ url: orderRoutes.detail(orderId) }),
  )
  const place = useSingleFlight(async (d: CheckoutDraft, payable: number) => {
    setFrozen(items)
    try {
      const { order } = await createOrder(d, payable)
      cartCommands(owner).remove(items.map((i) => i.skuId))
      return order
    } catch (e) {
      setFrozen(undefined)
      void preview.reload() // price, stock or coupon moved: show the fresh numbers
      throw e
    }
  })
  const submit = async () => {
    if (!draft || !preview.data || preview.loading) return
    const order = await place.run(draft, preview.data.money.payableFen)
    if (order) void pay.start(order.orderId)
  }

  const couponLines = useMemo(() => {
    const category = new Map(items.map((i) => [i.skuId, i.category]))
    return (shown?.lines ?? []).map((l) => ({ sku: l.productId, category: category.get(l.skuId) ?? '', priceFen: l.unitPriceFen, quantity: l.quantity }))
  }, [shown, items])

  if (items.length === 0) return <EmptyState icon={<Cart size={40} />} title='没有要结算的商品' description='回购物车勾选商品后再来' />
  if (preview.error?.code === CommonCodes.NOT_MEMBER) {
    return (
      <EmptyState icon={<Cart size={40} />} title='请先加入会员' description='加入会员即可下单，享会员价、用券和积分'>
        <Button type='primary' onClick={() => Taro.switchTab({ url: '/pages/member/index' })}>
          去入会
        </Button>
      </EmptyState>
    )
  }

  return (
    <View className={`checkout ${WITH_BOTTOM_BAR}`}>
      <FulfilmentPicker kind={kind} stores={stores.data ?? []} storeId={pickedStore} address={address} onKind={setKind} onStore={setStoreId} onAddress={setAddress} />
      <View className='checkout__block'>
        <OrderLines lines={shown?.lines ?? items.map((i) => ({ ...i, skuName: i.spec, unitPriceFen: i.priceFen, listPriceFen: i.priceFen }))} />
      </View>
      {!fulfilment && <View className='checkout__hint'>{kind === 'pickup' ? '请选择自提门店' : '请填写完整的收货地址'}</View>}
      {!shown && preview.error && <LoadFailed message={preview.error.message} onRetry={preview.reload} />}
      {shown && (
        <>
          <View className='checkout__block'>{couponLines.length > 0 && renderCoupons({ lines: couponLines, storeId: kind === 'pickup' ? pickedStore : undefined, onChange: setCouponId })}</View>
          <View className='checkout__block'>
            <PointsSwitch balance={shown.points.balance} usable={{ points: shown.points.maxPoints, fen: shown.points.maxFen }} on={usePoints} onChange={setUsePoints} />
          </View>
          {money && (
            <View className='checkout__block'>
              <PriceBreakdown value={money} />
            </View>
          )}
        </>
      )}
      <BottomBar className='checkout__bar'>
        <View className='checkout__error'>{place.error?.message ?? (shown && preview.error ? preview.error.message : '')}</View>
        <View className='checkout__sum'>
          实付 <Price fen={money?.payableFen ?? 0} size='large' />
        </View>
        <Button className='checkout__submit' type='primary' loading={place.pending} disabled={!draft || !preview.data || preview.loading || place.pending} onClick={submit}>
          提交订单
        </Button>
      </BottomBar>
      <OrderPaySheet pay={pay} />
    </View>
  )
}
