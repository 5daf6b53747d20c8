import { View } from '@tarojs/components'

export interface QuantityStepperProps {
  value: number
  max: number
  onChange: (value: number) => void
  disabled?: boolean
}

/** − n + within 0..max; the server checks the limit and the stock again. */
export function QuantityStepper({ value, max, onChange, disabled = false }: QuantityStepperProps) {
  const canDown = !disabled && value > 0
  const canUp = !disabled && value < max
  return (
    <View className='gb-stepper'>
      <View className={`gb-stepper__btn ${canDown ? '' : 'gb-stepper__btn--off'}`} aria-label='减少' onClick={() => canDown && onChange(value - 1)}>
        −
      </View>
      <View className='gb-stepper__value'>{value}</View>
      <View className={`gb-stepper__btn ${canUp ? '' : 'gb-stepper__btn--off'}`} aria-label='增加' onClick={() => canUp && onChange(value + 1)}>
        +
      </View>
    </View>
  )
}
