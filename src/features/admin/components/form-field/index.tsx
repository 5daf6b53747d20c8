import { Input, View } from '@tarojs/components'

interface FormFieldProps<F> {
  label: string
  name: keyof F & string
  form: F
  errors: Partial<Record<keyof F, string>>
  onChange: (form: F) => void
  placeholder?: string
  /** Prefix of the input's id (for the e2e flows). */
  idPrefix: string
}

/** One text field of a console form, with its Chinese message under it. */
export function FormField<F extends object>({ label, name, form, errors, onChange, placeholder, idPrefix }: FormFieldProps<F>) {
  return (
    <View className='admin-field'>
      <View className='admin-field__label'>{label}</View>
      <Input className='admin-field__input' id={`${idPrefix}-${name}`} value={String(form[name] ?? '')} placeholder={placeholder} onInput={(e) => onChange({ ...form, [name]: e.detail.value })} />
      {errors[name] ? <View className='admin-field__error'>{errors[name]}</View> : null}
    </View>
  )
}
