import { useCallback, useRef, useState } from 'react'
import { callCloud } from '@/lib/cloud'
import type { memberContracts } from '@/contracts/member'
import type { PayloadOf } from '@/lib/cloud-types'
import type { Profile } from '@/contracts/member'
import { refreshCard } from '../stores/session'

export type ProfileChanges = PayloadOf<(typeof memberContracts)['profile.update']>

/** A write: loading mask and error toasts come from the cloud client. */
export const updateProfile = (changes: ProfileChanges) => callCloud('member', 'profile.update', changes, { loading: '保存中' })

/** One save at a time; the card and 我的 pick up the new nickname and avatar. */
export function useUpdateProfile(onSaved: (profile: Profile) => void) {
  const [pending, setPending] = useState(false)
  const busy = useRef(false)
  const saved = useRef(onSaved)
  saved.current = onSaved

  const save = useCallback(async (changes: ProfileChanges): Promise<boolean> => {
    if (busy.current) return false
    busy.current = true
    setPending(true)
    try {
      saved.current(await updateProfile(changes))
      void refreshCard()
      return true
    } catch {
      return false
    } finally {
      busy.current = false
      setPending(false)
    }
  }, [])

  return { save, pending }
}
