import { nanoid } from 'nanoid/non-secure'
import { Button } from '@nutui/nutui-react-taro'
import type { PhoneButtonProps } from './phone-button.types'

/** Local demo: a simulated code ('sim-…') that the local cloud turns into a stable number. */
export function PhoneButton({ bound, disabled, onCode }: PhoneButtonProps) {
  return (
    <Button size='small' fill='outline' type='primary' disabled={disabled} onClick={() => onCode(`sim-${nanoid(12)}`)}>
      {bound ? '更换' : '授权绑定'}
    </Button>
  )
}
