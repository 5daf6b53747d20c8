import { Input, View } from '@tarojs/components'

/** One labelled input of a console form, with its Chinese message under it. */
export function FormField({ label, value, onInput, error, placeholder, id }: { label: string; value: string; onInput: (v: string) => void; error?: string; placeholder?: string; id?: string }) {
  return (
    <View className='admin-field'>
      <View className='admin-field__label'>{label}</View>
      <Input className='admin-field__input' id={id} value={value} placeholder={placeholder} onInput={(e) => onInput(e.detail.value)} />
      {error ? <View className='admin-field__error'>{error}</View> : null}
    </View>
  )
}

/** Field helper bound to one form: `field('名称', 'name')`. */
export const fieldsOf =
  <F extends object>(form: F, setForm: (f: F) => void, errors: Partial<Record<keyof F, string>>, prefix: string) =>
  (label: string, name: keyof F & string, placeholder?: string) => (
    <FormField label={label} id={`${prefix}-${name}`} value={String(form[name] ?? '')} placeholder={placeholder} error={errors[name]} onInput={(v) => setForm({ ...form, [name]: v })} />
  )
