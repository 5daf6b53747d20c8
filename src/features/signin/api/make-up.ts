import { callCloud } from '@/lib/cloud'
import type { MakeupResult } from '@/contracts/signin'
import { useSingleFlight } from '@/lib/use-single-flight'

export type { MakeupResult }

/** Make-up sign-in (补签) of a missed day of this month, paid with points. */
export const makeUp = (day: string) => callCloud('signin', 'makeup', { day }, { loading: '补签中' })

/** Resolves undefined when refused: callCloud has already shown why. */
export function useMakeUp() {
  return useSingleFlight(makeUp)
}
