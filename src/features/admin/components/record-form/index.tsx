import { Button, View } from '@tarojs/components'
import { useConsoleForm } from '../../hooks/use-console-form'
import { FormField } from '../form-field'

interface RecordFormProps<F extends object> {
  title: string
  /** Prefix of the inputs' ids. */
  idPrefix: string
  empty: F
  errorsOf: (form: F) => Partial<Record<keyof F, string>>
  send: (form: F) => Promise<unknown>
  onSent: () => void
  /** [label, field, placeholder?] in the order shown. */
  fields: readonly (readonly [string, keyof F & string, string?])[]
  submitText?: string
}

/** A console form of text fields: Chinese messages under the fields after the first tap, then the write. */
export function RecordForm<F extends object>({ title, idPrefix, empty, errorsOf, send, onSent, fields, submitText = '创建' }: RecordFormProps<F>) {
  const { form, setForm, errors, submit } = useConsoleForm(empty, errorsOf, send, onSent)
  return (
    <View className='admin-card'>
      <View className='admin-card__title'>{title}</View>
      <View className='admin-form'>
        {fields.map(([label, name, placeholder]) => (
          <FormField key={name} label={label} id={`${idPrefix}-${name}`} value={String(form[name] ?? '')} placeholder={placeholder} error={errors[name]} onInput={(value) => setForm({ ...form, [name]: value })} />
        ))}
      </View>
      <Button className='admin-button admin-button--primary' onClick={submit}>{submitText}</Button>
    </View>
  )
}
