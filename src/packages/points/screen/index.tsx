import { Gift } from '@nutui/icons-react-taro'
import { PlaceholderScreen } from '@/components/placeholder-screen'

/** 积分中心 — placeholder until the points feature provides the real screen. */
export default function PointsCenterScreen() {
  return (
    <PlaceholderScreen
      title='积分中心'
      subtitle='积分可抵现，也能兑换好礼'
      icon={<Gift size={40} />}
      emptyTitle='暂无积分记录'
      emptyDescription='消费、签到都能攒积分'
    />
  )
}
