import { nanoid } from 'nanoid/non-secure'
import * as z from 'zod/mini'
import type { ActionContract } from '@/contracts/contract'
import { failureSchema } from '@/contracts/envelope'
import { BAD_REPLY_MESSAGE, ClientCodes, CloudError, INTERNAL_MESSAGE, NETWORK_MESSAGE } from './cloud-error'
import type { CallCloud, CallOptions, Registry } from './cloud-types'
import type { CloudTransport, CloudUi, KeyValueStorage } from './ports'
import { stableJson } from './stable-json'

/** Envelope first, data later: a well-formed refusal is an answer even if `data` would not be. */
const replySchema = z.union([z.object({ ok: z.literal(true), data: z.unknown() }), failureSchema])

const INVALID_INPUT_MESSAGE = '填写的内容有误，请检查后重试'
const hasChinese = (text: string) => /[\u4e00-\u9fa5]/.test(text)

/** Storage key of a write's pending requestId: same function, action and payload → same id. */
export const requestKeyOf = (fn: string, action: string, payload: unknown) =>
  `cloud.request:${fn}.${action}:${stableJson(payload)}`

type Outcome = { ok: true; data: unknown } | { ok: false; error: CloudError }
const failed = (code: string, message: string): Outcome => ({
  ok: false,
  error: new CloudError(code, message),
})

/**
 * The one way out of the client. Validates the payload, gives writes an idempotency key that
 * survives retries, checks the reply against the contract and turns every failure into a
 * `CloudError`. Loading and error toasts are handled here, once.
 */
export function createCloudClient<R extends Registry>(
  registry: R,
  transport: CloudTransport,
  ui: CloudUi,
  storage: KeyValueStorage,
): { call: CallCloud<R> } {
  let loadingCount = 0

  async function attempt(fn: string, action: string, contract: ActionContract, payload: object) {
    const event: Record<string, unknown> = { ...payload }
    const requestKey = contract.write ? requestKeyOf(fn, action, payload) : undefined
    if (requestKey) event.requestId = storage.get(requestKey) || nanoid()

    const input = contract.input.safeParse(event)
    if (!input.success) {
      const message = input.error.issues[0]?.message ?? ''
      return failed(ClientCodes.INVALID_INPUT, hasChinese(message) ? message : INVALID_INPUT_MESSAGE)
    }
    // Saved before sending: if the reply is lost, the retry carries the same id.
    if (requestKey) storage.set(requestKey, event.requestId as string)

    let reply: unknown
    try {
      reply = await transport.invoke(fn, { action, ...event })
    } catch (error) {
      warn(`${fn}.${action} transport failed`, error)
      return failed(ClientCodes.NETWORK_FAILED, NETWORK_MESSAGE)
    }

    const envelope = replySchema.safeParse(reply)
    if (!envelope.success) {
      warn(`${fn}.${action} malformed reply`, reply)
      return failed(ClientCodes.BAD_REPLY, BAD_REPLY_MESSAGE)
    }
    // The function answered: this write is settled, a new call gets a new id.
    if (requestKey) storage.remove(requestKey)
    if (!envelope.data.ok) return failed(envelope.data.code, envelope.data.message)

    const data = contract.output.safeParse(envelope.data.data)
    if (!data.success) {
      warn(`${fn}.${action} reply does not match its contract`, data.error.issues)
      return failed(ClientCodes.BAD_REPLY, BAD_REPLY_MESSAGE)
    }
    return { ok: true, data: data.data } as Outcome
  }

  async function call(fn: string, action: string, payload: object = {}, options: CallOptions = {}) {
    const contract = registry[fn]?.[action]
    const loading = options.silent ? undefined : (options.loading ?? (contract?.write ? '提交中' : undefined))
    if (loading !== undefined && loadingCount++ === 0) ui.showLoading(loading)

    let outcome: Outcome
    try {
      outcome = contract
        ? await attempt(fn, action, contract, payload)
        : failed(ClientCodes.UNKNOWN_ACTION, '功能暂不可用')
    } catch (error) {
      warn(`${fn}.${action} failed in the client`, error)
      outcome = failed(ClientCodes.INTERNAL, INTERNAL_MESSAGE)
    } finally {
      if (loading !== undefined && --loadingCount === 0) ui.hideLoading()
    }
    if (outcome.ok) return outcome.data
    // After hideLoading: on weapp hiding the loading mask also hides a toast.
    if (!options.silent) ui.toast(outcome.error.message)
    throw outcome.error
  }

  return { call: call as CallCloud<R> }
}

function warn(message: string, detail: unknown) {
  if (process.env.NODE_ENV !== 'production') console.warn(`[cloud] ${message}`, detail)
}
