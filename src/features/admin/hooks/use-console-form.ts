import { useState } from 'react'

/**
 * A console form: messages appear after the first 创建/保存, the write is sent only when
 * there are none, and the form empties after a write the function accepted. `edit` loads
 * a stored record's form: the next submit is an update (send gets `editing`).
 */
export function useConsoleForm<F>(empty: F, errorsOf: (form: F) => Partial<Record<keyof F, string>>, send: (form: F, editing: boolean) => Promise<unknown>, onSent: () => void) {
  const [form, setForm] = useState<F>(empty)
  const [shown, setShown] = useState(false)
  const [editing, setEditing] = useState(false)
  const errors: Partial<Record<keyof F, string>> = shown ? errorsOf(form) : {}
  const reset = () => {
    setForm(empty)
    setShown(false)
    setEditing(false)
  }
  const submit = async () => {
    setShown(true)
    if (Object.keys(errorsOf(form)).length) return
    await send(form, editing)
    reset()
    onSent()
  }
  const edit = (stored: F) => {
    setForm(stored)
    setShown(false)
    setEditing(true)
  }
  return { form, setForm, errors, submit, editing, edit, cancel: reset }
}
