import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { Checked } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { tabs } from '@/lib/routes'

/** For visitors: sign-in rewards are for members, so invite them to join first. */
export function JoinPrompt() {
  return (
    <EmptyState icon={<Checked size={40} />} title='加入会员，每天签到领积分' description='连续签到奖励逐日递增，漏签还能补签'>
      <Button type='primary' onClick={() => Taro.switchTab({ url: tabs.member })}>
        去加入会员
      </Button>
    </EmptyState>
  )
}
