/**
 * Who is calling, per request. wx-server-sdk's getWXContext() builds the caller from
 * process.env (one caller per container in production). Here one process serves many
 * callers at once, so process.env answers the WX_* and TCB_* keys from the request's
 * AsyncLocalStorage context and everything else from the real environment.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export interface CallerContext {
  OPENID?: string
  APPID: string
  UNIONID?: string
  ENV: string
  /** 'wx_client' for a user's call, 'wx_trigger' for a timer. */
  SOURCE: string
  /** Set when the host cut the invocation off at its timeout: its later database calls fail. */
  invocation?: { cutOff: boolean }
}

const storage = new AsyncLocalStorage<CallerContext>()

export const runAs = <T>(caller: CallerContext, fn: () => Promise<T>): Promise<T> => storage.run(caller, fn)
export const currentCaller = (): CallerContext | undefined => storage.getStore()

function contextEnv(caller: CallerContext): Record<string, string> {
  const env: Record<string, string> = { WX_APPID: caller.APPID, TCB_ENV: caller.ENV, TCB_SOURCE: caller.SOURCE }
  if (caller.OPENID) env.WX_OPENID = caller.OPENID
  if (caller.UNIONID) env.WX_UNIONID = caller.UNIONID
  env.WX_CONTEXT_KEYS = Object.keys(env).filter((k) => k.startsWith('WX_')).join(',')
  return env
}

const isContextKey = (key: string | symbol) => typeof key === 'string' && (key.startsWith('WX_') || key === 'TCB_ENV' || key === 'TCB_SOURCE')

let installed = false

/** Makes process.env per-request for the context keys. Idempotent. */
export function installContextEnv(): void {
  if (installed) return
  installed = true
  const real = process.env
  process.env = new Proxy(real, {
    get(target, key) {
      const caller = storage.getStore()
      if (caller && isContextKey(key)) return contextEnv(caller)[key as string]
      return Reflect.get(target, key)
    },
    has(target, key) {
      const caller = storage.getStore()
      if (caller && isContextKey(key)) return (key as string) in contextEnv(caller)
      return Reflect.has(target, key)
    },
  })
}
