import { useState } from 'react'
import { Button, Input, View } from '@tarojs/components'
import { stockChangeError, stockDeltaOf } from '../../logic/stock-change'

interface StockChangeProps {
  title: string
  /** What the target id is called (规格编号, 秒杀编号). */
  targetLabel: string
  send: (targetId: string, delta: number) => Promise<unknown>
  onSent: () => void
}

/**
 * 调整库存: adds or takes units by an increment on the server, so it never undoes what
 * sold meanwhile (there is no "set the stock to N").
 */
export function StockChange({ title, targetLabel, send, onSent }: StockChangeProps) {
  const [target, setTarget] = useState('')
  const [delta, setDelta] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = async () => {
    const problem = !/^[A-Za-z0-9_-]{1,64}$/.test(target) ? `请填写${targetLabel}` : stockChangeError(delta)
    setError(problem)
    if (problem) return
    await send(target, stockDeltaOf(delta))
    setDelta('')
    onSent()
  }
  return (
    <View className='admin-card'>
      <View className='admin-card__title'>{title}</View>
      <View className='admin-form'>
        <View className='admin-field'>
          <View className='admin-field__label'>{targetLabel}</View>
          <Input className='admin-field__input' value={target} onInput={(e) => setTarget(e.detail.value)} />
        </View>
        <View className='admin-field'>
          <View className='admin-field__label'>调整数量（+ 增加，- 减少）</View>
          <Input className='admin-field__input' value={delta} placeholder='如 +20 或 -5' onInput={(e) => setDelta(e.detail.value)} />
        </View>
      </View>
      {error ? <View className='admin-field__error'>{error}</View> : null}
      <Button className='admin-button admin-button--primary' onClick={submit}>调整库存</Button>
    </View>
  )
}
