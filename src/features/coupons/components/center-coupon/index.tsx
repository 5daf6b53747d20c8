import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { CenterItem, ClaimState } from '../../api/get-coupon-center'
import { CouponTicket } from '../coupon-ticket'
import './index.scss'

export interface CenterCouponProps {
  item: CenterItem
  pending: boolean
  onClaim: (templateId: string) => void
  onUse: (item: CenterItem) => void
}

const ACTIVE: ReadonlySet<ClaimState> = new Set(['领取', '去使用'])

/** One template in 领券中心: the ticket, 「已抢 63%」 and the button for this member. */
export function CenterCoupon({ item, pending, onClaim, onUse }: CenterCouponProps) {
  const soldOut = item.state === '已抢光'
  const muted = soldOut || item.state === '已结束'
  const tap = () => (item.state === '领取' ? onClaim(item.templateId) : item.state === '去使用' ? onUse(item) : undefined)

  const footer = (
    <View className='center-coupon__footer'>
      {item.reason ? (
        // Why the button is off, before the tap (金卡专享, 每周二可领…).
        <View className='center-coupon__reason'>{item.reason}</View>
      ) : (
        <View className='center-coupon__progress'>
          <View className='center-coupon__bar'>
            <View className='center-coupon__fill' style={{ width: `${item.progress}%` }} />
          </View>
          <View className='center-coupon__percent'>{soldOut ? '已抢光' : `已抢 ${item.progress}%`}</View>
        </View>
      )}
      <Button
        className='center-coupon__button'
        size='small'
        shape='round'
        type={ACTIVE.has(item.state) ? 'primary' : 'default'}
        fill={item.state === '去使用' ? 'outline' : 'solid'}
        disabled={pending || !ACTIVE.has(item.state)}
        loading={pending}
        onClick={(e) => {
          e.stopPropagation()
          tap()
        }}
      >
        {pending ? '领取中' : item.state}
      </Button>
    </View>
  )

  return (
    <CouponTicket face={item.face} title={item.title} lines={[item.description, item.face.usage, item.validity]} muted={muted} footer={footer} />
  )
}
