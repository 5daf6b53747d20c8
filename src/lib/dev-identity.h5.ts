import { nanoid } from 'nanoid/non-secure'

/** Browser-only identity for the local cloud: an openid and the host's token for it. */
const OPENID_KEY = 'dev.openid'
/**
 * A token is kept under the openid it was issued for: a login still in flight when the
 * identity changes (a page reloading as someone else) must not hand the new identity the
 * old one's token.
 */
const tokenKey = (openid: string) => `dev.token:${openid}`

export const newVisitorOpenid = () => `visitor-${nanoid(12)}`

export function currentOpenid(): string {
  let openid = localStorage.getItem(OPENID_KEY)
  if (!openid) {
    openid = newVisitorOpenid()
    localStorage.setItem(OPENID_KEY, openid)
  }
  return openid
}

let pending: Promise<string> | undefined

/** Asks the host for a token for the current openid; concurrent callers share one request. */
export function login(): Promise<string> {
  pending ??= requestToken(currentOpenid()).finally(() => {
    pending = undefined
  })
  return pending
}

export async function ensureToken(): Promise<string> {
  return localStorage.getItem(tokenKey(currentOpenid())) || login()
}

/** Becomes someone else and starts the app again as them. */
export async function switchIdentity(openid: string): Promise<void> {
  await requestToken(openid)
  localStorage.setItem(OPENID_KEY, openid)
  // Pending write ids belong to the previous identity.
  Object.keys(localStorage)
    .filter((key) => key.startsWith('cloud.request:'))
    .forEach((key) => localStorage.removeItem(key))
  window.location.reload()
}

async function requestToken(openid: string): Promise<string> {
  const response = await fetch('/__dev/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ openid }),
  })
  if (!response.ok) throw new Error(`dev login failed: HTTP ${response.status}`)
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error('dev login returned no token')
  localStorage.setItem(tokenKey(openid), token)
  return token
}
