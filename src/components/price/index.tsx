import { Text } from '@tarojs/components'
import { formatFen } from './format-fen'
import './index.scss'

export interface PriceProps {
  /** Money in integer fen: 1990 → ¥19.90. */
  fen: number
  size?: 'small' | 'normal' | 'large'
  /** Crossed-out original price, in a muted colour. */
  strike?: boolean
  className?: string
}

export function Price({ fen, size = 'normal', strike = false, className }: PriceProps) {
  const { sign, yuan, cents } = formatFen(fen)
  return (
    <Text className={['price', `price--${size}`, strike && 'price--strike', className].filter(Boolean).join(' ')}>
      <Text className='price__symbol'>{sign}¥</Text>
      <Text className='price__yuan'>{yuan}</Text>
      <Text className='price__cents'>.{cents}</Text>
    </Text>
  )
}

export { fenToText, formatFen } from './format-fen'
