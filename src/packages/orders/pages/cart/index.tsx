import CartScreen from '@/features/orders/screens/cart-screen'
import { useCartOwner } from '../../use-cart-owner'

export default function CartPage() {
  const owner = useCartOwner()
  return owner ? <CartScreen owner={owner} /> : null
}
