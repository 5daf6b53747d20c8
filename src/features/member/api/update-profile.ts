import { useRef } from 'react'
import { callCloud } from '@/lib/cloud'
import { useSingleFlight } from '@/lib/use-single-flight'
import type { memberContracts } from '@/contracts/member'
import type { PayloadOf } from '@/lib/cloud-types'
import type { Profile } from '@/contracts/member'
import { refreshCard } from '../stores/session'

export type ProfileChanges = PayloadOf<(typeof memberContracts)['profile.update']>

/** A write: loading mask and error toasts come from the cloud client. */
export const updateProfile = (changes: ProfileChanges) => callCloud('member', 'profile.update', changes, { loading: '保存中' })

/** One save at a time (a second tap joins the first); the card and 我的 pick up the new nickname and avatar. */
export function useUpdateProfile(onSaved: (profile: Profile) => void) {
  const saved = useRef(onSaved)
  saved.current = onSaved
  // Resolves true once saved, undefined when refused (the cloud client showed why).
  const { run: save, pending } = useSingleFlight(async (changes: ProfileChanges): Promise<boolean> => {
    saved.current(await updateProfile(changes))
    void refreshCard()
    return true
  })
  return { save, pending }
}
