import { callCloud } from '@/lib/cloud'
import { useSingleFlight } from '@/lib/use-single-flight'
import type { memberContracts } from '@/contracts/member'
import type { ResultOf } from '@/lib/cloud-types'
import { entryScene, forgetScene } from '../stores/entry-scene'
import { refreshCard } from '../stores/session'

/** `{ isNew, cardNo, store }`. It says nothing of a welcome coupon, so the UI promises none. */
export type JoinResult = ResultOf<(typeof memberContracts)['join']>

/** The version of 《会员隐私保护指引》 the member agrees to; stored with the consent. */
export const PRIVACY_VERSION = '2026.1'

/**
 * Joins with the store QR scene that brought the visitor here, if any. The cloud client
 * saves the requestId before sending, so a retry after a lost reply cannot join twice.
 */
export const joinMember = (scene: string | undefined) =>
  callCloud('member', 'join', { scene, consent: true, privacyVersion: PRIVACY_VERSION }, { loading: '正在入会' })

/** One join at a time: a second tap while pending joins the first call and gets its answer. */
export function useJoinMember() {
  // A refusal resolves undefined: the cloud client showed the reason.
  const { run: join, pending } = useSingleFlight(async (): Promise<JoinResult> => {
    const result = await joinMember(entryScene())
    forgetScene()
    await refreshCard()
    return result
  })
  return { join, pending }
}
