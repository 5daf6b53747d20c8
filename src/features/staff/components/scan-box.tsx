import { useState } from 'react'
import { Input, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { canScan, scanCode } from '@/lib/scan-code'
import './scan-box.scss'

interface Props {
  pending: boolean
  onCode: (code: string) => void
}

/** One box for every code at the till: scan it (WeChat) or type / paste it (H5). */
export function ScanBox({ pending, onCode }: Props) {
  const [text, setText] = useState('')
  const submit = (value: string) => {
    if (!value.trim() || pending) return
    onCode(value.trim())
    setText('')
  }
  const scan = async () => {
    const code = await scanCode()
    if (code) submit(code)
  }

  return (
    <View className='scan-box'>
      <Input
        className='scan-box__input'
        value={text}
        placeholder='扫码或输入会员码 / 券码 / 提货码'
        confirmType='search'
        onInput={(e) => setText(e.detail.value)}
        onConfirm={(e) => submit(e.detail.value)}
      />
      <View className='scan-box__actions'>
        {canScan && (
          <Button type='primary' fill='outline' disabled={pending} onClick={() => void scan()}>
            扫一扫
          </Button>
        )}
        <Button className='scan-box__go' type='primary' loading={pending} disabled={!text.trim()} onClick={() => submit(text)}>
          确定
        </Button>
      </View>
    </View>
  )
}
