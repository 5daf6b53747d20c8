import { View } from '@tarojs/components'
import { Cart, Order } from '@nutui/icons-react-taro'
import { orderRoutes } from '@/features/orders/routes'
import { openPage } from '@/lib/navigate'

/** 购物车 and 我的订单, one tap from home. */
export function OrderShortcuts() {
  return (
    <View className='home-shortcuts'>
      <View className='home-shortcuts__item' onClick={() => void openPage(orderRoutes.cart)}>
        <Cart size={20} color='#19a35b' />
        <View>购物车</View>
      </View>
      <View className='home-shortcuts__item' onClick={() => void openPage(orderRoutes.list())}>
        <Order size={20} color='#19a35b' />
        <View>我的订单</View>
      </View>
    </View>
  )
}
