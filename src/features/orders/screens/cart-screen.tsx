import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Cart, CheckChecked, CheckNormal } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { Price } from '@/components/price'
import { BottomBar, WITH_BOTTOM_BAR } from '../components/bottom-bar'
import { CartRow } from '../components/cart-row'
import { selectedItems, selectedTotal } from '../model/cart-lines'
import { orderRoutes } from '../routes'
import { useCartItems } from '../stores/cart'
import { cartCommands } from '../stores/cart-commands'
import { useServerCart } from '../hooks/use-server-cart'
import { usePageRefresh } from '@/lib/use-page-refresh'
import './cart-screen.scss'

/**
 * 购物车 of `owner` (the member's card number, or the guest cart): tick lines, change
 * quantities, and check out the ticked ones. A member's cart is the server's (it follows
 * them across phones), drawn from the device copy at once and changed optimistically;
 * checkout prices it again on the server.
 */
export default function CartScreen({ owner }: { owner: string }) {
  const items = useCartItems(owner)
  const cart = cartCommands(owner)
  const server = useServerCart(owner)
  usePageRefresh(server.reload)
  const picked = selectedItems(items)
  const allOn = items.length > 0 && picked.length === items.length

  if (items.length === 0) {
    if (server.syncing) return <View className={`cart ${WITH_BOTTOM_BAR}`} />
    return (
      <View className={`cart ${WITH_BOTTOM_BAR}`}>
        <EmptyState icon={<Cart size={40} />} title='购物车是空的' description='去首页挑点新鲜水果吧'>
          <Button type='primary' fill='outline' onClick={() => Taro.switchTab({ url: '/pages/home/index' })}>
            去逛逛
          </Button>
        </EmptyState>
      </View>
    )
  }

  return (
    <View className={`cart ${WITH_BOTTOM_BAR}`}>
      {items.map((item) => (
        <CartRow
          key={item.skuId}
          item={item}
          onToggle={() => cart.toggle(item.skuId)}
          onQuantity={(n) => cart.setQuantity(item.skuId, n)}
          onRemove={() => cart.remove([item.skuId])}
          onOpen={() => Taro.navigateTo({ url: orderRoutes.product(item.productId) })}
        />
      ))}
      <BottomBar className='cart__bar'>
        <View className='cart__all' onClick={cart.toggleAll}>
          {allOn ? <CheckChecked size={20} color='#19a35b' /> : <CheckNormal size={20} color='#c4c7cc' />}
          <View className='cart__all-text'>全选</View>
        </View>
        <View className='cart__sum'>
          合计 <Price fen={selectedTotal(items)} />
        </View>
        <Button className='cart__go' type='primary' disabled={picked.length === 0} onClick={() => Taro.navigateTo({ url: orderRoutes.checkout })}>
          去结算({picked.length})
        </Button>
      </BottomBar>
    </View>
  )
}
