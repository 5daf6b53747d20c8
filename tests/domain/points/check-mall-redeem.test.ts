import { checkMallRedeem } from '@/domain/points'

const base = { left: 5, perMemberLimit: 2, redeemedByMe: 0, costPoints: 500, balance: 500 }

test.each([
  ['enough of everything, balance exactly the cost', {}, null],
  ['limit reached (said before stock)', { redeemedByMe: 2, left: 0 }, 'POINTS.LIMIT_REACHED'],
  ['sold out', { left: 0 }, 'POINTS.SOLD_OUT'],
  ['one point short', { balance: 499 }, 'POINTS.INSUFFICIENT'],
  ['last unit, last allowed', { left: 1, redeemedByMe: 1 }, null],
])('%s', (_name, over, code) => {
  const result = checkMallRedeem({ ...base, ...over })
  expect(result.ok ? null : result.code).toBe(code)
})
