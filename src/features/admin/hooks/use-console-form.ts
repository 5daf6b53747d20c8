import { useState } from 'react'

/**
 * A console form: messages appear after the first 创建, the write is sent only when there
 * are none, and the form empties after a write the function accepted.
 */
export function useConsoleForm<F>(empty: F, errorsOf: (form: F) => Partial<Record<keyof F, string>>, send: (form: F) => Promise<unknown>, onSent: () => void) {
  const [form, setForm] = useState<F>(empty)
  const [shown, setShown] = useState(false)
  const errors: Partial<Record<keyof F, string>> = shown ? errorsOf(form) : {}
  const submit = async () => {
    setShown(true)
    if (Object.keys(errorsOf(form)).length) return
    await send(form)
    setForm(empty)
    setShown(false)
    onSent()
  }
  return { form, setForm, errors, submit }
}
