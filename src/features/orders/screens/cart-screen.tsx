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
import { cartActions, useCartItems } from '../stores/cart'
import './cart-screen.scss'

/**
 * 购物车 of `owner` (the member's card number, or the guest cart): tick lines, change
 * quantities, and check out the ticked ones. Prices here are the ones shown when added;
 * checkout prices them again on the server.
 */
export default function CartScreen({ owner }: { owner: string }) {
  const items = useCartItems(owner)
  const cart = cartActions(owner)
  const picked = selectedItems(items)
  const allOn = items.length > 0 && picked.length === items.length

  if (items.length === 0) {
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
