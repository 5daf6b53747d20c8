import { emptyTally, tallyOf, tallyWith, totalsOfTally } from '@/domain/groupbuy'

const a = { lines: [{ key: '0', quantity: 2, unitFen: 18900 }, { key: '1', quantity: 1, unitFen: 4590 }], amountFen: 42390, commissionFen: 2119 }
const b = { lines: [{ key: '1', quantity: 3, unitFen: 4590 }], amountFen: 13770, commissionFen: 688 }

test.each([
  ['nothing counted', [], { participants: 0, amountFen: 0, commissionFen: 0, q0: 0, q1: 0, e1: 0 }],
  ['one entry of two products', [a], { participants: 1, amountFen: 42390, commissionFen: 2119, q0: 2, q1: 1, e1: 1 }],
  ['two entries', [a, b], { participants: 2, amountFen: 56160, commissionFen: 2807, q0: 2, q1: 4, e1: 2 }],
])('%s', (_name, entries, want) => {
  const t = tallyOf(['0', '1'], entries)
  expect(t).toMatchObject({ participants: want.participants, amountFen: want.amountFen, commissionFen: want.commissionFen })
  expect(t.products['0'].quantity).toBe(want.q0)
  expect(t.products['1']).toMatchObject({ quantity: want.q1, entries: want.e1 })
})

test('counting out (a refund) undoes counting in exactly; sign 0 changes nothing', () => {
  const start = emptyTally(['0', '1'])
  expect(tallyWith(tallyWith(start, a, 1), a, -1)).toEqual(start)
  expect(tallyWith(start, a, 0)).toBe(start)
})

test('totals follow the chain’s product order, zero for a product nobody took', () => {
  const t = tallyOf(['0', '1'], [b])
  expect(totalsOfTally([{ key: '0', name: '车厘子' }, { key: '1', name: '芒果' }], t)).toEqual([
    { key: '0', name: '车厘子', quantity: 0, amountFen: 0, entries: 0 },
    { key: '1', name: '芒果', quantity: 3, amountFen: 13770, entries: 1 },
  ])
})
