import ProductScreen from '@/features/orders/screens/product-screen'
import { useCartOwner } from '../../use-cart-owner'

export default function ProductPage() {
  const owner = useCartOwner()
  return owner ? <ProductScreen owner={owner} /> : null
}
