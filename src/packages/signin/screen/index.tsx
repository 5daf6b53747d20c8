import { Checked } from '@nutui/icons-react-taro'
import { PlaceholderScreen } from '@/components/placeholder-screen'

/** 每日签到 — placeholder until the signin feature provides the real screen. */
export default function SigninScreen() {
  return (
    <PlaceholderScreen
      title='每日签到'
      subtitle='每天签到领积分，连签奖励更多'
      icon={<Checked size={40} />}
      emptyTitle='签到即将开放'
      emptyDescription='开放后每天来这里签到'
    />
  )
}
