import { View } from '@tarojs/components'
import { usePointsBalance } from '@/features/points/api/get-points-balance'
import PayResultScreen from '@/features/orders/screens/pay-result-screen'

/** The member's points after the payment, from the points feature. */
function PointsBalanceLine() {
  const { data } = usePointsBalance()
  return data ? <View className='pay-result__balance'>当前积分 {data.balance}</View> : null
}

export default function PayResultPage() {
  return <PayResultScreen extra={(paid) => (paid ? <PointsBalanceLine /> : null)} />
}
