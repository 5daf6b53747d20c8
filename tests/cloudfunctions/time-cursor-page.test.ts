/**
 * pageByTime walks (time, _id) in either direction without skipping or repeating a
 * document, when many share one millisecond across page boundaries, within inclusive bounds.
 */
import { cursorAfter, pageByTime, type TimeCursor } from '../../cloudfunctions/_shared/time-cursor-page'
import { startTestCloud, type TestCloud } from '../support/local-cloud'

let t: TestCloud
const T0 = Date.parse('2026-05-01T00:00:00Z')
// 30 members: 12 at T0+1s, 11 at T0+2s, one each at T0 and T0+3s…T0+8s, ids out of time order.
const docs = Array.from({ length: 30 }, (_, i) => {
  const second = i < 12 ? 1 : i < 22 ? 2 : i - 22 + 2
  return { _id: `m${String((i * 7) % 30).padStart(2, '0')}`, joinedAt: new Date(T0 + (i === 29 ? 0 : second) * 1000) }
})

beforeAll(async () => {
  t = await startTestCloud()
  for (const d of docs) await t.db.collection('members').doc(d._id).set({ data: { joinedAt: d.joinedAt, attribution: null, cardNo: `card-${d._id}` } })
})
afterAll(() => t.close())

const key = (d: { _id: string; joinedAt: Date }) => `${new Date(d.joinedAt).toISOString()}|${d._id}`

async function walk(order: 'asc' | 'desc', limit: number, from?: Date, to?: Date): Promise<string[]> {
  const seen: string[] = []
  let after: TimeCursor | null = null
  for (;;) {
    const page: { _id: string; joinedAt: Date }[] = await pageByTime<{ _id: string; joinedAt: Date }>(t.db, 'members', { where: {}, timeField: 'joinedAt', order, after, from, to, limit })
    seen.push(...page.map(key))
    if (page.length < limit) return seen
    after = cursorAfter(page, (d) => d.joinedAt)
  }
}

test.each([
  ['oldest first, pages of 5', 'asc', 5],
  ['oldest first, pages of 1', 'asc', 1],
  ['newest first, pages of 4', 'desc', 4],
  ['newest first, pages of 7', 'desc', 7],
] as const)('%s: every document once, in order', async (_name, order, limit) => {
  const expected = docs.map(key).sort()
  expect(await walk(order, limit)).toEqual(order === 'asc' ? expected : expected.reverse())
})

test.each(['asc', 'desc'] as const)('%s within inclusive bounds', async (order) => {
  const from = new Date(T0 + 1000)
  const to = new Date(T0 + 2000)
  const expected = docs.filter((d) => d.joinedAt >= from && d.joinedAt <= to).map(key).sort()
  expect(expected).toHaveLength(23)
  expect(await walk(order, 3, from, to)).toEqual(order === 'asc' ? expected : expected.reverse())
})
