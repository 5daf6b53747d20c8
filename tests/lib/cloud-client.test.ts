import { z } from 'zod'
import { defineActions, requestIdSchema } from '@/contracts/contract'
import { createCloudClient, requestKeyOf } from '@/lib/cloud-client'
import { CloudError, NETWORK_MESSAGE } from '@/lib/cloud-error'
import type { CloudTransport, CloudUi, KeyValueStorage } from '@/lib/ports'

const registry = {
  points: defineActions({
    balance: { input: z.object({}), output: z.object({ balance: z.number().int() }) },
    redeem: {
      input: z.object({ requestId: requestIdSchema, points: z.number().int().positive('积分数量不正确') }),
      output: z.object({ balance: z.number().int() }),
      write: true,
    },
  }),
}

type Reply = unknown | Error

function setup(...replies: Reply[]) {
  const store = new Map<string, string>()
  const events: { fn: string; event: Record<string, unknown>; storedAtSend: string[] }[] = []
  const transport: CloudTransport = {
    invoke: jest.fn(async (fn: string, event: Record<string, unknown>) => {
      events.push({ fn, event, storedAtSend: [...store.values()] })
      const reply = replies.shift()
      if (reply instanceof Error) throw reply
      return reply
    }),
  }
  const storage: KeyValueStorage = {
    get: (key) => store.get(key),
    set: (key, value) => void store.set(key, value),
    remove: (key) => void store.delete(key),
  }
  const ui: CloudUi = { showLoading: jest.fn(), hideLoading: jest.fn(), toast: jest.fn() }
  const client = createCloudClient(registry, transport, ui, storage)
  return { call: client.call, transport, ui, store, events }
}

const redeemKey = requestKeyOf('points', 'redeem', { points: 10 })

beforeEach(() => {
  jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})

describe('replies', () => {
  it('unwraps an ok envelope into the parsed data', async () => {
    const { call, events } = setup({ ok: true, data: { balance: 120 } })
    await expect(call('points', 'balance')).resolves.toEqual({ balance: 120 })
    expect(events[0]).toMatchObject({ fn: 'points', event: { action: 'balance' } })
  })

  it('turns a business refusal into a CloudError with its code and message, and toasts it', async () => {
    const { call, ui } = setup({ ok: false, code: 'POINTS.INSUFFICIENT', message: '积分不足' })
    const error = await call('points', 'redeem', { points: 10 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CloudError)
    expect(error).toMatchObject({ code: 'POINTS.INSUFFICIENT', message: '积分不足' })
    expect(ui.toast).toHaveBeenCalledWith('积分不足')
  })

  it.each([
    ['not an envelope', { balance: 1 }],
    ['undefined', undefined],
    ['data off contract', { ok: true, data: { balance: 'lots' } }],
    ['failure without a dotted code', { ok: false, code: 'oops', message: 'x' }],
  ])('rejects a malformed reply (%s) as COMMON.BAD_REPLY', async (_, reply) => {
    const { call } = setup(reply)
    await expect(call('points', 'balance')).rejects.toMatchObject({ code: 'COMMON.BAD_REPLY' })
  })

  it('reports a transport failure as NETWORK.FAILED with the Chinese message', async () => {
    const { call, ui } = setup(new Error('socket hang up'))
    await expect(call('points', 'balance')).rejects.toMatchObject({
      code: 'NETWORK.FAILED',
      message: NETWORK_MESSAGE,
    })
    expect(ui.toast).toHaveBeenCalledWith(NETWORK_MESSAGE)
  })

  it('stays quiet when silent', async () => {
    const { call, ui } = setup(new Error('down'))
    await expect(call('points', 'redeem', { points: 10 }, { silent: true })).rejects.toThrow()
    expect(ui.showLoading).not.toHaveBeenCalled()
    expect(ui.toast).not.toHaveBeenCalled()
  })

  it('shows one loading mask per call and hides it before the error toast', async () => {
    const { call, ui } = setup({ ok: false, code: 'POINTS.INSUFFICIENT', message: '积分不足' })
    await call('points', 'redeem', { points: 10 }).catch(() => undefined)
    expect(ui.showLoading).toHaveBeenCalledWith('提交中')
    const hiddenAt = (ui.hideLoading as jest.Mock).mock.invocationCallOrder[0]
    const toastAt = (ui.toast as jest.Mock).mock.invocationCallOrder[0]
    expect(hiddenAt).toBeLessThan(toastAt)
  })
})

describe('input validation', () => {
  it('never reaches the transport with an invalid payload', async () => {
    const { call, transport, store, ui } = setup()
    const error = await call('points', 'redeem', { points: -5 }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'COMMON.INVALID_INPUT', message: '积分数量不正确' })
    expect(transport.invoke).not.toHaveBeenCalled()
    expect(store.size).toBe(0)
    expect(ui.toast).toHaveBeenCalledWith('积分数量不正确')
  })

  it('rejects an action that is not in the registry without sending', async () => {
    const { call, transport } = setup()
    const untyped = call as unknown as (fn: string, action: string) => Promise<unknown>
    await expect(untyped('points', 'nope')).rejects.toMatchObject({ code: 'COMMON.UNKNOWN_ACTION' })
    expect(transport.invoke).not.toHaveBeenCalled()
  })
})

describe('requestId of writes', () => {
  it('is saved before the event is sent and travels with it', async () => {
    const { call, events } = setup({ ok: true, data: { balance: 90 } })
    await call('points', 'redeem', { points: 10 })
    const sent = events[0].event
    expect(sent).toMatchObject({ action: 'redeem', points: 10 })
    expect(sent.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(events[0].storedAtSend).toEqual([sent.requestId])
  })

  it('is kept after a transport failure and reused by the retry, then cleared on success', async () => {
    const { call, events, store } = setup(new Error('timeout'), { ok: true, data: { balance: 90 } })
    await expect(call('points', 'redeem', { points: 10 })).rejects.toMatchObject({ code: 'NETWORK.FAILED' })
    const firstId = events[0].event.requestId
    expect(store.get(redeemKey)).toBe(firstId)

    await expect(call('points', 'redeem', { points: 10 })).resolves.toEqual({ balance: 90 })
    expect(events[1].event.requestId).toBe(firstId)
    expect(store.has(redeemKey)).toBe(false)
  })

  it('is cleared after a business error, so the next attempt is a new request', async () => {
    const { call, events, store } = setup(
      { ok: false, code: 'POINTS.INSUFFICIENT', message: '积分不足' },
      { ok: true, data: { balance: 0 } },
    )
    await call('points', 'redeem', { points: 10 }).catch(() => undefined)
    expect(store.size).toBe(0)
    await call('points', 'redeem', { points: 10 })
    expect(events[1].event.requestId).not.toBe(events[0].event.requestId)
  })

  it('is keyed by function, action and payload, whatever the key order', async () => {
    expect(requestKeyOf('points', 'redeem', { a: 1, b: { d: 2, c: 3 } })).toBe(
      requestKeyOf('points', 'redeem', { b: { c: 3, d: 2 }, a: 1 }),
    )
    expect(requestKeyOf('points', 'redeem', { points: 1 })).not.toBe(
      requestKeyOf('points', 'redeem', { points: 2 }),
    )
  })

  it('is not added to reads', async () => {
    const { call, events, store } = setup({ ok: true, data: { balance: 1 } })
    await call('points', 'balance', {})
    expect(events[0].event).toEqual({ action: 'balance' })
    expect(store.size).toBe(0)
  })
})

describe('types', () => {
  it('follow the registry', async () => {
    const { call } = setup({ ok: true, data: { balance: 3 } })
    const result: { balance: number } = await call('points', 'balance')
    expect(result.balance).toBe(3)

    const quiet = () => undefined
    // @ts-expect-error unknown cloud function
    await call('nope', 'balance').catch(quiet)
    // @ts-expect-error a write's payload is required
    await call('points', 'redeem').catch(quiet)
    // @ts-expect-error the client, not the caller, owns requestId
    await call('points', 'redeem', { points: 1, requestId: 'abcdefgh' }).catch(quiet)
    // @ts-expect-error wrong payload type
    await call('points', 'redeem', { points: '1' }).catch(quiet)
  })
})
