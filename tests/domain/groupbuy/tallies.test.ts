import { exportPage, exportText, mergePickLists, pickList, productTotals, type NumberedEntry } from '@/domain/groupbuy'

const products = [
  { key: '0', name: '车厘子', chainPriceFen: 16900 },
  { key: '1', name: '芒果', chainPriceFen: 4590 },
]
const entry = (no: number, name: string, lines: [string, number][], pickupPoint = '滨江花园', pickedUp = false): NumberedEntry => ({
  entryId: `e${no}`,
  no,
  name,
  phone: `1380000000${no}`,
  lines: lines.map(([key, quantity]) => ({ key, name: products[Number(key)].name, quantity })),
  amountFen: lines.reduce((s, [key, q]) => s + products[Number(key)].chainPriceFen * q, 0),
  pickupPoint,
  pickedUp,
})

const entries = [entry(2, '李**', [['0', 2], ['1', 1]]), entry(1, '王**', [['0', 1]]), entry(3, '赵**', [['1', 2]], '徐汇店', true)]

test('running totals per product, in the chain’s order', () => {
  expect(productTotals(products, entries)).toEqual([
    { key: '0', name: '车厘子', quantity: 3, amountFen: 50700, entries: 2 },
    { key: '1', name: '芒果', quantity: 3, amountFen: 13770, entries: 2 },
  ])
  expect(productTotals(products, [])).toEqual([
    { key: '0', name: '车厘子', quantity: 0, amountFen: 0, entries: 0 },
    { key: '1', name: '芒果', quantity: 0, amountFen: 0, entries: 0 },
  ])
})

test('the pick list: by pickup point, participants in number order', () => {
  const points = pickList(entries)
  expect(points.map((p) => p.pickupPoint)).toEqual(['滨江花园', '徐汇店'])
  expect(points[0].participants.map((p) => p.no)).toEqual([1, 2])
  expect(points[0].totals).toEqual([
    { key: '0', name: '车厘子', quantity: 3 },
    { key: '1', name: '芒果', quantity: 1 },
  ])
  expect(points[1].participants).toEqual([{ entryId: 'e3', no: 3, name: '赵**', phone: '13800000003', items: '芒果×2', pickedUp: true }])
})

test('the export: entry-number order, totals, money in yuan', () => {
  expect(exportText({ title: '车厘子', pickup: '滨江花园' }, productTotals(products, entries), entries)).toBe(
    ['【接龙】车厘子', '自提：滨江花园', '已有 3 人参与', '', '1. 王** 车厘子×1', '2. 李** 车厘子×2，芒果×1', '3. 赵** 芒果×2（已提货）', '', '车厘子 共 3 份', '芒果 共 3 份', '合计 644.7 元'].join('\n'),
  )
})

test('pick lists of consecutive pages merge into the whole one', () => {
  const more = [...entries, entry(4, '钱**', [['0', 4]]), entry(5, '孙**', [['1', 1]], '徐汇店')]
  const pages = [pickList(more.filter((e) => e.no <= 2)), pickList(more.filter((e) => e.no > 2 && e.no <= 4)), pickList([]), pickList(more.filter((e) => e.no > 4))]
  expect(mergePickLists(pages)).toEqual(pickList(more))
  expect(mergePickLists([])).toEqual([])
})

test('export pages joined make the whole text, whatever the page size', () => {
  const head = { title: '车厘子', pickup: '滨江花园', totals: productTotals(products, entries), participants: entries.length }
  const whole = exportText({ title: '车厘子', pickup: '滨江花园' }, head.totals, entries)
  const sorted = [...entries].sort((a, b) => a.no - b.no)
  for (const size of [1, 2, 3]) {
    const chunks: NumberedEntry[][] = []
    for (let i = 0; i < sorted.length; i += size) chunks.push(sorted.slice(i, i + size))
    // A full last page is followed by an empty one that carries the totals, as the server pages.
    if (sorted.length % size === 0) chunks.push([])
    const text = chunks.map((c, i) => exportPage(head, c, { first: i === 0, last: i === chunks.length - 1 })).filter(Boolean).join('\n')
    expect([size, text]).toEqual([size, whole])
  }
})
