/**
 * One cloud function = one bounded context with an action switch inside. This turns
 * a map of handlers into the function's `main`: it validates the event against the
 * action's contract, reads the caller from the platform (never from the event), reads
 * the clock once, runs the handler and answers the `{ ok, data } | { ok: false, code,
 * message }` envelope. Timer triggers are routed by their declared name, and only
 * when the platform fired them (a call without a caller).
 */
import cloud from 'wx-server-sdk'
import type * as z from 'zod/mini'
import type { ActionContract, ActionMap } from '@/contracts/contract'
import { CommonCodes, type Envelope } from '@/contracts/envelope'
import { ActionError } from './action-error'
import type { Db } from './db'
import { isConflict } from './transaction'

// DYNAMIC_CURRENT_ENV is a symbol the SDK's types do not admit.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export interface ActionContext {
  /** The caller, from cloud.getWXContext(): an openid in the event is ignored. */
  openid: string
  /** The time of this call, read once; domain rules get it as an argument. */
  now: Date
  db: Db
}

export interface TimerContext {
  now: Date
  db: Db
}

type Handler<C extends ActionContract> = (input: z.output<C['input']>, ctx: ActionContext) => Promise<z.input<C['output']>>

export type Handlers<M extends ActionMap> = { [A in keyof M]: Handler<M[A]> }

export interface FunctionDefinition<M extends ActionMap> {
  contracts: M
  handlers: Handlers<M>
  /** Timer triggers by name, as declared in the function's config.json. */
  timers?: Record<string, (ctx: TimerContext) => Promise<unknown>>
}

const failure = (code: string, message: string): Envelope<never> => ({ ok: false, code, message })

function describeIssues(error: { issues: { path: PropertyKey[] }[] }): string {
  const first = error.issues[0]
  const where = first?.path.length ? first.path.join('.') : '请求'
  return `参数不正确（${where}）`
}

/** `map[name]` only for the map's own keys: 'constructor', '__proto__' and the like are unknown. */
function ownEntry<T>(map: Record<string, T> | undefined, name: unknown): T | undefined {
  return map && typeof name === 'string' && Object.prototype.hasOwnProperty.call(map, name) ? map[name] : undefined
}

export function defineFunction<M extends ActionMap>(definition: FunctionDefinition<M>) {
  const database = () => cloud.database() as unknown as Db

  return async function main(event: Record<string, unknown>): Promise<unknown> {
    const now = new Date()
    const { OPENID } = cloud.getWXContext()
    if (event?.Type === 'Timer') {
      // The event is whatever the caller sent: only a call without a caller (the platform
      // firing a trigger) reaches a timer, and only by a name the function itself declares.
      const timer = OPENID ? undefined : ownEntry(definition.timers, event.TriggerName)
      if (!timer) return failure(CommonCodes.UNKNOWN_ACTION, '未知的定时任务')
      return { ok: true, data: await timer({ now, db: database() }) }
    }
    const action = typeof event?.action === 'string' ? event.action : ''
    const contract = ownEntry(definition.contracts, action)
    if (!contract) return failure(CommonCodes.UNKNOWN_ACTION, '未知的操作')
    if (!OPENID) return failure(CommonCodes.FORBIDDEN, '请在小程序内访问')

    // Everything but the action is the payload; identity fields the platform or a forger
    // put in the event are dropped by the schema (unknown keys are stripped).
    const { action: _action, userInfo: _userInfo, ...payload } = event
    const parsed = contract.input.safeParse(payload)
    if (!parsed.success) return failure(CommonCodes.INVALID_INPUT, describeIssues(parsed.error))

    try {
      const handler = definition.handlers[action] as (input: unknown, ctx: ActionContext) => Promise<unknown>
      const data = await handler(parsed.data, { openid: OPENID, now, db: database() })
      const checked = contract.output.safeParse(data)
      if (!checked.success) {
        console.error(`[${action}] reply does not match its contract`, checked.error.issues)
        return failure(CommonCodes.INTERNAL, '系统繁忙，请稍后再试')
      }
      return { ok: true, data: checked.data }
    } catch (e) {
      if (e instanceof ActionError) return failure(e.code, e.message)
      if (isConflict(e)) return failure(CommonCodes.BUSY, '当前人数较多，请稍后重试')
      console.error(`[${action}] failed`, e)
      return failure(CommonCodes.INTERNAL, '系统繁忙，请稍后再试')
    }
  }
}
