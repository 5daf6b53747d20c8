import { CloudError } from '@/lib/cloud-error'
import { keepRefusal, singleFlight } from '@/lib/use-single-flight'

describe('singleFlight: a second tap joins the first call', () => {
  test('two taps while pending: one request, both get the first answer', async () => {
    let resolve: (v: string) => void = () => undefined
    const run = jest.fn(() => new Promise<string>((r) => (resolve = r)))
    const busy: boolean[] = []
    const tap = singleFlight(run, (b) => busy.push(b))
    const first = tap()
    const second = tap()
    resolve('兑换成功')
    await expect(Promise.all([first, second])).resolves.toEqual(['兑换成功', '兑换成功'])
    expect(run).toHaveBeenCalledTimes(1)
    expect(busy).toEqual([true, false])
  })

  test('a refusal is shared the same way, and the next tap after it settles runs again', async () => {
    const run = jest.fn().mockRejectedValueOnce(new Error('积分不足')).mockResolvedValueOnce('ok')
    const tap = singleFlight(run)
    const [a, b] = [tap(), tap()]
    await expect(a).rejects.toThrow('积分不足')
    await expect(b).rejects.toThrow('积分不足')
    await expect(tap()).resolves.toBe('ok')
    expect(run).toHaveBeenCalledTimes(2)
  })
})

describe('a write button (singleFlight over keepRefusal, as useSingleFlight composes them)', () => {
  const button = <R>(run: () => Promise<R>) => {
    const errors: (string | undefined)[] = []
    const tap = singleFlight(keepRefusal(run, (e) => errors.push(e?.code)))
    return { tap, errors }
  }

  test('a refusal is kept as the error and the call resolves undefined (no unhandled rejection)', async () => {
    const { tap, errors } = button(() => Promise.reject(new CloudError('POINTS.INSUFFICIENT', '积分不足')))
    await expect(tap()).resolves.toBeUndefined()
    expect(errors).toEqual([undefined, 'POINTS.INSUFFICIENT'])
  })

  test('a double tap on a success: one call, both taps get the success, no error is ever set', async () => {
    let resolve: (v: string) => void = () => undefined
    const run = jest.fn(() => new Promise<string>((r) => (resolve = r)))
    const { tap, errors } = button(run)
    const [first, second] = [tap(), tap()]
    resolve('兑换成功')
    await expect(Promise.all([first, second])).resolves.toEqual(['兑换成功', '兑换成功'])
    expect(run).toHaveBeenCalledTimes(1)
    expect(errors).toEqual([undefined])
  })

  test('a thrown non-cloud error becomes a generic Chinese refusal; the next tap clears it', async () => {
    const run = jest.fn().mockRejectedValueOnce(new TypeError('x')).mockResolvedValueOnce('ok')
    const { tap, errors } = button(run)
    await tap()
    await expect(tap()).resolves.toBe('ok')
    expect(errors).toEqual([undefined, 'COMMON.INTERNAL', undefined])
  })
})
