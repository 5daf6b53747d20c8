import { useEffect, useState } from 'react'
import { Input } from '@tarojs/components'

interface Props {
  nickname: string
  disabled?: boolean
  onSave: (nickname: string) => Promise<boolean>
}

/**
 * `type='nickname'` lets WeChat offer the member's WeChat nickname above the keyboard
 * (and checks the text for safety); it is saved when the field loses focus.
 */
export function NicknameField({ nickname, disabled, onSave }: Props) {
  const [draft, setDraft] = useState(nickname)
  useEffect(() => setDraft(nickname), [nickname])

  const commit = async (value: string) => {
    const next = value.trim()
    if (!next || next === nickname) {
      setDraft(nickname)
      return
    }
    if (!(await onSave(next))) setDraft(nickname)
  }

  return (
    <Input
      className='nickname-field'
      type='nickname'
      value={draft}
      maxlength={20}
      placeholder='设置昵称'
      disabled={disabled}
      confirmType='done'
      onInput={(e) => setDraft(e.detail.value)}
      onBlur={(e) => void commit(e.detail.value)}
      onConfirm={(e) => void commit(e.detail.value)}
    />
  )
}
