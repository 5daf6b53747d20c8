/**
 * The demo seed speaks to the console as the demo admin: each call runs the `admin`
 * function's own main in this process under that caller (as the local function host
 * does), so validation, access, the rules and the audit all apply, and a refusal stops
 * the seed with its code. Needs a local cloud created in this process (createLocalCloud).
 */
import { describeClock, resetClock, runAs, setClock } from '../../local-cloud'
import { main as adminMain } from '../../cloudfunctions/admin'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AdminCall = (action: string, payload?: Record<string, unknown>) => Promise<any>

let seq = 0

export function adminCaller(openid: string): AdminCall {
  return async (action, payload = {}) => {
    const event = { action, requestId: `seed-${action.replace(/\./g, '-')}-${++seq}`, ...payload }
    const caller = { OPENID: openid, APPID: 'wx-local-app', ENV: 'local', SOURCE: 'wx_client' }
    const reply = (await runAs(caller, () => adminMain(event))) as { ok: boolean; data?: unknown; code?: string; message?: string }
    if (!reply.ok) throw new Error(`demo seed: admin ${action} was refused: ${reply.code} ${reply.message} (${JSON.stringify(payload)})`)
    return reply.data
  }
}

/** Runs `work` with the functions' clock at `at`, then puts the clock back as it was. */
export async function asOf<T>(at: Date, work: () => Promise<T>): Promise<T> {
  const before = describeClock()
  setClock(at)
  try {
    return await work()
  } finally {
    if (before.mode === 'real') resetClock()
    else setClock(before.now, before.mode === 'offset')
  }
}
