import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Cart, Order } from '@nutui/icons-react-taro'
import { orderRoutes } from '@/features/orders/routes'

/** 购物车 and 我的订单, one tap from home. */
export function OrderShortcuts() {
  return (
    <View className='home-shortcuts'>
      <View className='home-shortcuts__item' onClick={() => Taro.navigateTo({ url: orderRoutes.cart })}>
        <Cart size={20} color='#19a35b' />
        <View>购物车</View>
      </View>
      <View className='home-shortcuts__item' onClick={() => Taro.navigateTo({ url: orderRoutes.list() })}>
        <Order size={20} color='#19a35b' />
        <View>我的订单</View>
      </View>
    </View>
  )
}
