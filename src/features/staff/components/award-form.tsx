import { useState } from 'react'
import { Input, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { parseYuan } from '@/domain/money/parse-yuan'
import './award-form.scss'

interface Props {
  pending: boolean
  onAward: (paidFen: number, receiptNo: string) => void
}

/** 积分: what the member paid (yuan) and the receipt number; the rules are the server's. */
export function AwardForm({ pending, onAward }: Props) {
  const [amount, setAmount] = useState('')
  const [receipt, setReceipt] = useState('')
  const fen = parseYuan(amount)
  const receiptOk = /^[A-Za-z0-9_-]{1,40}$/.test(receipt)

  return (
    <View className='award-form'>
      <View className='award-form__title'>消费积分</View>
      <View className='award-form__row'>
        <View className='award-form__label'>实付金额</View>
        <Input className='award-form__amount' type='digit' value={amount} placeholder='0.00' onInput={(e) => setAmount(e.detail.value)} />
        <View className='award-form__unit'>元</View>
      </View>
      <View className='award-form__row'>
        <View className='award-form__label'>小票号</View>
        <Input className='award-form__receipt' value={receipt} placeholder='必填，每张小票只积一次' maxlength={40} onInput={(e) => setReceipt(e.detail.value.trim())} />
      </View>
      {amount !== '' && fen === null && <View className='award-form__hint'>请输入正确的金额（最多两位小数）</View>}
      {receipt !== '' && !receiptOk && <View className='award-form__hint'>小票号只能包含字母、数字和 - _</View>}
      <Button className='award-form__submit' type='primary' block loading={pending} disabled={fen === null || !receiptOk} onClick={() => fen !== null && receiptOk && onAward(fen, receipt)}>
        确认积分
      </Button>
    </View>
  )
}
