import { Button } from '@nutui/nutui-react-taro'
import type { PhoneButtonProps } from './phone-button.types'

/** WeChat's phone number button: its `code` is exchanged server-side, never the number. */
export function PhoneButton({ bound, disabled, onCode }: PhoneButtonProps) {
  return (
    <Button
      size='small'
      fill='outline'
      type='primary'
      disabled={disabled}
      openType='getPhoneNumber'
      onGetPhoneNumber={(e: { detail: { code?: string } }) => {
        if (e.detail.code) onCode(e.detail.code) // no code: the member declined
      }}
    >
      {bound ? '更换' : '授权绑定'}
    </Button>
  )
}
