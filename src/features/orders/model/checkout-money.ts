import type { Money } from '@/contracts/order'
import { pointsForCheckout } from '@/domain/points/points-for-checkout'

/**
 * The breakdown the checkout shows while the server's preview catches up with a flip of the
 * points switch: the same checkout points rule the server's priceOrder applies, on what is
 * left after the coupon. The preview stays the authority (and create re-checks the payable).
 */
export function checkoutMoney(preview: { money: Money; points: { balance: number } }, usePoints: boolean): Money {
  const { subtotalFen, couponFen } = preview.money
  const points = pointsForCheckout({ orderFen: subtotalFen - couponFen, balance: preview.points.balance })
  const used = usePoints && points.ok ? points.value : { points: 0, fen: 0 }
  return { subtotalFen, couponFen, pointsFen: used.fen, pointsUsed: used.points, payableFen: subtotalFen - couponFen - used.fen }
}
