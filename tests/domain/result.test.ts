import { ok, err } from '@/domain/result'

test('result helpers tag success and failure', () => {
  expect(ok(3)).toEqual({ ok: true, value: 3 })
  expect(err('POINTS.INSUFFICIENT', '积分不足')).toEqual({ ok: false, code: 'POINTS.INSUFFICIENT', message: '积分不足' })
})
