import { classifyScan, cleanScan } from '@/features/staff/logic/classify-scan'
import { parseYuan } from '@/domain/money/parse-yuan'

test.each([
  ['M.fresh.880012345678.abc.def.sig', 'member'],
  ['880012 345678 123456', 'member'],
  ['C.fresh.coupon-1.abc.def.sig', 'coupon'],
  ['1000 0000 0001 1234 5678', 'coupon'],
  ['1234 5678', 'pickup'],
  ['P.fresh.order-1.abc.def.sig', 'order'],
  ['123 456', 'order'],
  ['ORD-20261129-01', 'pickup'],
  ['', 'unknown'],
  ['有中文', 'unknown'],
])('%s is a %s code', (raw, kind) => {
  expect(classifyScan(raw)).toBe(kind)
})

test('spaces from grouped digits are dropped', () => {
  expect(cleanScan(' 1234 5678 ')).toBe('12345678')
})

test.each([
  ['128', 12800],
  ['128.5', 12850],
  ['128.50', 12850],
  ['0.01', 1],
  [' 9 ', 900],
  ['10000000', 1_000_000_000],
  ['10000000.01', null],
  ['0', null],
  ['0.00', null],
  ['1.234', null],
  ['-5', null],
  ['1e3', null],
  ['', null],
  ['.5', null],
])('%s yuan is %s fen', (text, fen) => {
  expect(parseYuan(text)).toBe(fen)
})
