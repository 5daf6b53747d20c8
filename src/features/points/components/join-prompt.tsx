import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { Gift } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { tabs } from '@/lib/routes'

/** For visitors: points belong to members, so invite them to join first. */
export function JoinPrompt() {
  return (
    <EmptyState icon={<Gift size={40} />} title='加入会员，开启积分' description='消费、签到都能攒积分，积分可兑换好礼与优惠券'>
      <Button type='primary' onClick={() => Taro.switchTab({ url: tabs.member })}>
        去加入会员
      </Button>
    </EmptyState>
  )
}
