import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, View } from '@tarojs/components'
import { NICKNAME_MAX, nicknameLength } from '@/domain/member/nickname'

interface Props {
  nickname: string
  disabled?: boolean
  onSave: (nickname: string) => Promise<boolean>
}

/**
 * `type='nickname'` lets WeChat offer the member's WeChat nickname above the keyboard
 * (and checks the text for safety); it is saved when the field loses focus. No maxlength:
 * the browser would cut an emoji in half. A counter shows the length instead, and a name
 * that is too long is refused (with the reason), never cut.
 */
export function NicknameField({ nickname, disabled, onSave }: Props) {
  const [draft, setDraft] = useState(nickname)
  useEffect(() => setDraft(nickname), [nickname])
  const length = nicknameLength(draft)
  const tooLong = length > NICKNAME_MAX

  const commit = async (value: string) => {
    const next = value.trim()
    if (!next || next === nickname) {
      setDraft(nickname)
      return
    }
    if (nicknameLength(next) > NICKNAME_MAX) {
      void Taro.showToast({ title: `昵称最多 ${NICKNAME_MAX} 个字`, icon: 'none' })
      return // keep the draft: the member shortens it
    }
    if (!(await onSave(next))) setDraft(nickname)
  }

  return (
    <View className='nickname-field__wrap'>
      <Input
        className={`nickname-field${tooLong ? ' nickname-field--too-long' : ''}`}
        type='nickname'
        value={draft}
        placeholder='设置昵称'
        disabled={disabled}
        confirmType='done'
        onInput={(e) => setDraft(e.detail.value)}
        onBlur={(e) => void commit(e.detail.value)}
        onConfirm={(e) => void commit(e.detail.value)}
      />
      <View className={`nickname-field__count${tooLong ? ' nickname-field__count--over' : ''}`}>
        {length}/{NICKNAME_MAX}
      </View>
    </View>
  )
}
