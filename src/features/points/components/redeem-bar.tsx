import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatPoints } from '@/domain/points'
import type { MallItemView } from '../model/mall-item-view'
import './redeem-bar.scss'

export interface RedeemBarProps {
  /** Undefined while the balance is still loading. */
  balance: number | undefined
  view: MallItemView
  pending: boolean
  /** The last refusal, e.g. 「积分不足」, shown until the next try. */
  error?: string
  onRedeem: () => void
}

/** Fixed at the bottom: the balance, why not (if not), and 立即兑换. */
export function RedeemBar({ balance, view, pending, error, onRedeem }: RedeemBarProps) {
  const hint = error ?? (view.block === 'insufficient' ? `还差 ${formatPoints(view.shortfall)} 积分` : view.block === 'limit-reached' ? view.limit : null)
  return (
    <View className='redeem-bar'>
      {hint && <View className={`redeem-bar__hint ${error ? 'redeem-bar__hint--error' : ''}`}>{hint}</View>}
      <View className='redeem-bar__main'>
        <View className='redeem-bar__balance'>
          我的积分 <View className='redeem-bar__number'>{balance === undefined ? '…' : formatPoints(balance)}</View>
        </View>
        <Button className='redeem-bar__button' type='primary' shape='round' loading={pending} disabled={pending || balance === undefined || view.block !== null} onClick={onRedeem}>
          {pending ? '兑换中' : view.action}
        </Button>
      </View>
    </View>
  )
}
