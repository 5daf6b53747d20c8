import { View } from '@tarojs/components'

/** One of a few options (券类型, 渠道) as chips. */
export function ChoiceChips<V extends string>({ options, value, onChange }: { options: readonly (readonly [V, string])[]; value: V; onChange: (v: V) => void }) {
  return (
    <View className='admin-kinds'>
      {options.map(([option, text]) => (
        <View key={option} className={`admin-kinds__item ${value === option ? 'admin-kinds__item--on' : ''}`} onClick={() => onChange(option)}>
          {text}
        </View>
      ))}
    </View>
  )
}
