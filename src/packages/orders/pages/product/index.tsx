import { useRouter } from '@tarojs/taro'
import ProductScreen from '@/features/orders/screens/product-screen'
import { TeamOfferEntry } from '@/features/groupbuy/components/team-offer-entry'
import { useCartOwner } from '../../use-cart-owner'

export default function ProductPage() {
  const owner = useCartOwner()
  const productId = useRouter().params.id ?? ''
  return owner ? <ProductScreen owner={owner} extraAction={<TeamOfferEntry productId={productId} />} /> : null
}
