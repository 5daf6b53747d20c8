/**
 * Who the caller is to the member programme, shared by the tab pages (home, 会员, 我的)
 * so they agree: a member with their card summary, or a guest. Server data is fetched
 * here, never edited by hand: after any change, call `refreshCard()`.
 */
import { create } from 'zustand'
import { CommonCodes } from '@/contracts/envelope'
import type { MemberCard } from '@/contracts/member'
import { asCloudError, isCloudError } from '@/lib/cloud'
import { getMemberCard } from '../api/get-member-card'

export type MemberStatus = 'unknown' | 'member' | 'guest'

export interface SessionState {
  status: MemberStatus
  card: MemberCard | null
  /** A refresh is running. */
  loading: boolean
  /** Why the last refresh failed (network, server), other than "not a member". */
  error: string | null
}

export const useSessionStore = create<SessionState>()(() => ({ status: 'unknown', card: null, loading: false, error: null }))

let pending: Promise<string | null> | undefined

/**
 * Fetches the card; concurrent callers share one request. Resolves with the failure
 * message (the card shown so far stays), or null when the state is up to date.
 */
export function refreshCard(): Promise<string | null> {
  pending ??= loadCard().finally(() => {
    pending = undefined
  })
  return pending
}

async function loadCard(): Promise<string | null> {
  useSessionStore.setState({ loading: true })
  try {
    const card = await getMemberCard()
    useSessionStore.setState({ status: 'member', card, loading: false, error: null })
    return null
  } catch (e) {
    if (isCloudError(e) && e.code === CommonCodes.NOT_MEMBER) {
      useSessionStore.setState({ status: 'guest', card: null, loading: false, error: null })
      return null
    }
    const message = asCloudError(e).message
    useSessionStore.setState({ loading: false, error: message })
    return message
  }
}
