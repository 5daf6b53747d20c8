import { singleFlight } from '@/lib/use-single-flight'

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
