import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import type { WalletCoupon } from '@/contracts/coupon'
import './index.scss'

export type CouponFace = WalletCoupon['face']

export interface CouponTicketProps {
  face: CouponFace
  title: string
  /** Small grey lines under the title: usage, validity… (empty ones are skipped). */
  lines: (string | null | undefined)[]
  /** Expiry nudge, e.g. 「3天后过期」. */
  badge?: string | null
  /** Used, expired or sold out: grey face. */
  muted?: boolean
  /** A round stamp over the card: 「已使用」, 「已过期」. */
  stamp?: string
  /** Bottom-right of the card: a button, a progress bar, a hint. */
  footer?: ReactNode
  onClick?: () => void
}

/** A coupon as a ticket: the big value on the left, what and when on the right. */
export function CouponTicket({ face, title, lines, badge, muted, stamp, footer, onClick }: CouponTicketProps) {
  return (
    <View className={`coupon-ticket${muted ? ' coupon-ticket--muted' : ''}`} onClick={onClick}>
      <View className='coupon-ticket__face'>
        <View className='coupon-ticket__amount'>
          {face.unit === '元' && <Text className='coupon-ticket__symbol'>¥</Text>}
          <Text className='coupon-ticket__value'>{face.value}</Text>
          {face.unit === '折' && <Text className='coupon-ticket__unit'>折</Text>}
        </View>
        <View className='coupon-ticket__condition'>{face.condition}</View>
      </View>
      <View className='coupon-ticket__body'>
        <View className='coupon-ticket__head'>
          <View className='coupon-ticket__title'>{title}</View>
          {badge && <View className='coupon-ticket__badge'>{badge}</View>}
        </View>
        {lines.filter((line): line is string => !!line).map((line) => (
          <View key={line} className='coupon-ticket__line'>
            {line}
          </View>
        ))}
        {footer && <View className='coupon-ticket__footer'>{footer}</View>}
      </View>
      {stamp && (
        <View className='coupon-ticket__stamp'>
          <Text>{stamp}</Text>
        </View>
      )}
    </View>
  )
}
