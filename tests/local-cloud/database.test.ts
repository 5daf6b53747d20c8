/**
 * Conformance of the local cloud's database with CloudBase, one test per documented
 * behaviour, driven through the unmodified wx-server-sdk.
 */
import { resetClock, setClock } from '../../local-cloud'
import { AGGREGATE_DEFAULT_LIMIT } from '../../local-cloud/database'
import { sdkAgainstLocalCloud, thrown } from '../support/sdk'

const schema = {
  collections: [
    { name: 'items' },
    { name: 'stock' },
    { name: 'bulk' },
    { name: 'ledger', indexes: [{ name: 'member_request_unique', fields: ['memberId', 'requestId'], unique: true }] },
    { name: 'cards', indexes: [{ name: 'card_unique', fields: ['cardNo'], unique: true, sparse: true }] },
  ],
}
const { local, db, _ } = sdkAgainstLocalCloud(schema)

afterEach(() => {
  local.db.faults.conflictRate = 0
  resetClock()
})

test('add then get returns the document with dates, numbers and nested values intact', async () => {
  const at = new Date('2026-11-25T02:00:00.000Z')
  const { _id } = await db.collection('items').add({ data: { n: 3, f: 1.5, big: 2 ** 40, at, nested: { a: [1, 'x'] }, nil: null } })
  const { data } = await db.collection('items').doc(_id).get()
  expect(data).toEqual({ _id, n: 3, f: 1.5, big: 2 ** 40, at, nested: { a: [1, 'x'] }, nil: null })
  expect(data.at).toBeInstanceOf(Date)
})

test('doc(missing).get() fails as production does', async () => {
  const e = await thrown(() => db.collection('items').doc('missing').get())
  expect(e.errCode).toBe(-1)
  expect(e.errMsg).toMatch(/document\.get:fail document with _id missing does not exist/)
})

test('writes from a function get no automatic _openid', async () => {
  const { _id } = await db.collection('items').add({ data: { n: 1 } })
  const { data } = await db.collection('items').doc(_id).get()
  expect(data).not.toHaveProperty('_openid')
})

test('add with an _id that exists fails with a duplicate key error', async () => {
  await db.collection('items').add({ data: { _id: 'fixed', n: 1 } })
  const e = await thrown(() => db.collection('items').add({ data: { _id: 'fixed', n: 2 } }))
  expect(e.errCode).toBe(-502001)
  expect(e.errMsg).toMatch(/E11000 duplicate key/)
  expect((await db.collection('items').doc('fixed').get()).data.n).toBe(1)
})

test('a unique index rejects a second document with the same key and changes nothing', async () => {
  await db.collection('ledger').add({ data: { memberId: 'm1', requestId: 'r1', amount: 5 } })
  const e = await thrown(() => db.collection('ledger').add({ data: { memberId: 'm1', requestId: 'r1', amount: 7 } }))
  expect(e.errMsg).toMatch(/member_request_unique/)
  await db.collection('ledger').add({ data: { memberId: 'm2', requestId: 'r1', amount: 7 } })
  expect((await db.collection('ledger').where({ requestId: 'r1' }).count()).total).toBe(2)
})

test('a unique index holds on update too, and a sparse one ignores documents without the field', async () => {
  await db.collection('cards').add({ data: { _id: 'a', cardNo: '1' } })
  await db.collection('cards').add({ data: { _id: 'b' } })
  await db.collection('cards').add({ data: { _id: 'c' } })
  const e = await thrown(() => db.collection('cards').doc('b').update({ data: { cardNo: '1' } }))
  expect(e.errMsg).toMatch(/card_unique/)
  expect((await db.collection('cards').doc('b').get()).data).toEqual({ _id: 'b' })
})

test('an undeclared collection does not exist', async () => {
  const e = await thrown(() => db.collection('nope').add({ data: { n: 1 } }))
  expect(e.errCode).toBe(-502005)
})

describe('row caps', () => {
  beforeAll(async () => {
    for (let i = 0; i < 1200; i += 100) {
      await db.collection('bulk').add({ data: Array.from({ length: 100 }, (_, j) => ({ i: i + j })) })
    }
  })
  test('a query returns 100 rows unless asked for more', async () => {
    expect((await db.collection('bulk').get()).data).toHaveLength(100)
  })
  test('a query returns 1000 rows at most', async () => {
    expect((await db.collection('bulk').limit(1000).get()).data).toHaveLength(1000)
    expect((await db.collection('bulk').limit(5000).get()).data).toHaveLength(1000)
  })
  test('count is not capped', async () => {
    expect((await db.collection('bulk').count()).total).toBe(1200)
  })
  test(`an aggregation without $limit answers ${AGGREGATE_DEFAULT_LIMIT} rows`, async () => {
    expect((await db.collection('bulk').aggregate().match({ i: _.gte(0) }).end()).list).toHaveLength(AGGREGATE_DEFAULT_LIMIT)
  })
})

describe('query commands', () => {
  beforeAll(async () => {
    await db.collection('items').add({ data: [{ q: 1, tag: 'a', opt: true }, { q: 2, tag: 'b' }, { q: 3, tag: 'c', opt: false }, { q: 4, tag: 'a' }] })
  })
  const qs = async (where: object) => ((await db.collection('items').where(where).orderBy('q', 'asc').get()).data as { q: number }[]).map((d) => d.q)
  test.each([
    ['eq', () => ({ q: _.eq(2) }), [2]],
    ['neq', () => ({ tag: _.neq('a'), q: _.exists(true) }), [2, 3]],
    ['gt', () => ({ q: _.gt(2) }), [3, 4]],
    ['gte', () => ({ q: _.gte(2) }), [2, 3, 4]],
    ['lt', () => ({ q: _.lt(2) }), [1]],
    ['lte', () => ({ q: _.lte(2) }), [1, 2]],
    ['in', () => ({ tag: _.in(['b', 'c']) }), [2, 3]],
    ['nin', () => ({ tag: _.nin(['a']), q: _.exists(true) }), [2, 3]],
    ['and', () => ({ q: _.gt(1).and(_.lt(4)) }), [2, 3]],
    ['or', () => _.or([{ q: 1 }, { tag: 'c' }]), [1, 3]],
    ['exists', () => ({ opt: _.exists(true) }), [1, 3]],
  ])('%s', async (_name, where, expected) => {
    expect(await qs(where())).toEqual(expected)
  })
  test('orderBy, skip, limit and field', async () => {
    const { data } = await db.collection('items').where({ q: _.exists(true) }).orderBy('q', 'desc').skip(1).limit(2).field({ q: true }).get()
    expect(data.map((d: { q: number }) => d.q)).toEqual([3, 2])
    expect(Object.keys(data[0]).sort()).toEqual(['_id', 'q'])
  })
})

test('update commands: inc, set, remove, push, pull, addToSet', async () => {
  const { _id } = await db.collection('items').add({ data: { n: 1, gone: 'x', arr: [1, 2, 3], set: ['a'], obj: { k: 1 } } })
  await db.collection('items').doc(_id).update({
    data: { n: _.inc(2), gone: _.remove(), arr: _.pull(2), set: _.addToSet('a'), obj: _.set({ j: 2 }), more: _.push([9]) },
  })
  await db.collection('items').doc(_id).update({ data: { set: _.addToSet('b'), more: _.push([10]) } })
  expect((await db.collection('items').doc(_id).get()).data).toEqual({ _id, n: 3, arr: [1, 3], set: ['a', 'b'], obj: { j: 2 }, more: [9, 10] })
})

test('set replaces the document, and creates it when missing', async () => {
  await db.collection('items').doc('s1').set({ data: { a: 1, b: 2 } })
  await db.collection('items').doc('s1').set({ data: { c: 3 } })
  expect((await db.collection('items').doc('s1').get()).data).toEqual({ _id: 's1', c: 3 })
})

test('remove by doc and by where', async () => {
  await db.collection('items').add({ data: [{ rm: 1 }, { rm: 1 }, { rm: 2 }] })
  expect((await db.collection('items').where({ rm: 1 }).remove()).stats.removed).toBe(2)
  expect((await db.collection('items').where({ rm: _.exists(true) }).count()).total).toBe(1)
})

test('aggregate: match, group, sort, limit, project', async () => {
  await db.collection('ledger').add({ data: [{ memberId: 'g1', requestId: 'x1', amount: 5 }, { memberId: 'g1', requestId: 'x2', amount: 7 }, { memberId: 'g2', requestId: 'x3', amount: 1 }] })
  const { list } = await db
    .collection('ledger')
    .aggregate()
    .match({ memberId: _.in(['g1', 'g2']) })
    .group({ _id: '$memberId', total: _.aggregate.sum('$amount') })
    .sort({ total: -1 })
    .limit(5)
    .project({ _id: 0, member: '$_id', total: 1 })
    .end()
  expect(list).toEqual([{ member: 'g1', total: 12 }, { member: 'g2', total: 1 }])
})

test('serverDate is the dev clock time, with its offset', async () => {
  setClock('2026-11-24T15:59:59.999Z')
  const { _id } = await db.collection('items').add({ data: { at: db.serverDate(), later: db.serverDate({ offset: 1000 }) } })
  const { data } = await db.collection('items').doc(_id).get()
  expect(data.at.toISOString()).toBe('2026-11-24T15:59:59.999Z')
  expect(data.later.toISOString()).toBe('2026-11-24T16:00:00.999Z')
})

test('200 concurrent inc updates are exact', async () => {
  await db.collection('stock').doc('counter').set({ data: { n: 0 } })
  await Promise.all(Array.from({ length: 200 }, () => db.collection('stock').doc('counter').update({ data: { n: _.inc(1) } })))
  expect((await db.collection('stock').doc('counter').get()).data.n).toBe(200)
})

test('1000 concurrent conditional decrements of a stock of 100 give exactly 100 winners', async () => {
  await db.collection('stock').doc('sku').set({ data: { left: 100 } })
  const results = await Promise.all(
    Array.from({ length: 1000 }, () => db.collection('stock').where({ _id: 'sku', left: _.gte(1) }).update({ data: { left: _.inc(-1) } })),
  )
  expect(results.filter((r) => r.stats.updated === 1)).toHaveLength(100)
  expect((await db.collection('stock').doc('sku').get()).data.left).toBe(0)
})

describe('transactions', () => {
  beforeEach(() => db.collection('stock').doc('tx').set({ data: { n: 0 } }))

  test('where() in a transaction is rejected', async () => {
    const e = await thrown(() => db.runTransaction(async (t: any) => t.collection('stock').where({ n: 0 }).get()))
    expect(e.errCode).toBe(-502002)
    expect(e.errMsg).toMatch(/事务中不支持批量操作/)
    expect(local.db.transactions.openCount()).toBe(0)
  })

  test('reads see the transaction’s own writes; others see nothing until commit', async () => {
    const t = await db.startTransaction()
    await t.collection('stock').doc('tx').update({ data: { n: 5 } })
    expect((await t.collection('stock').doc('tx').get()).data.n).toBe(5)
    expect((await db.collection('stock').doc('tx').get()).data.n).toBe(0)
    await t.commit()
    expect((await db.collection('stock').doc('tx').get()).data.n).toBe(5)
  })

  test('rollback discards every write', async () => {
    const t = await db.startTransaction()
    await t.collection('stock').doc('tx').update({ data: { n: 9 } })
    await t.collection('items').add({ data: { _id: 'rolled-back' } })
    await t.rollback()
    expect((await db.collection('stock').doc('tx').get()).data.n).toBe(0)
    expect((await thrown(() => db.collection('items').doc('rolled-back').get())).errMsg).toMatch(/does not exist/)
  })

  test('a transaction writing a document another open transaction wrote fails with a conflict', async () => {
    const a = await db.startTransaction()
    const b = await db.startTransaction()
    await a.collection('stock').doc('tx').update({ data: { n: 1 } })
    const e = await thrown(() => b.collection('stock').doc('tx').update({ data: { n: 2 } }))
    expect(e.errMsg).toMatch(/transaction conflict/)
    await a.commit()
    expect((await db.collection('stock').doc('tx').get()).data.n).toBe(1)
  })

  test('first committer wins: a document changed since the transaction read it fails the commit', async () => {
    const t = await db.startTransaction()
    const seen = (await t.collection('stock').doc('tx').get()).data.n
    await db.collection('stock').doc('tx').update({ data: { n: _.inc(10) } })
    await t.collection('stock').doc('tx').update({ data: { n: seen + 1 } })
    await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect((await db.collection('stock').doc('tx').get()).data.n).toBe(10)
  })

  test('a conflicted transaction is retried by runTransaction and then succeeds', async () => {
    local.db.faults.conflictRate = 1
    local.db.faults.conflictAt = 'commit'
    let attempts = 0
    const run = db.runTransaction(async (t: any) => {
      attempts++
      if (attempts === 2) local.db.faults.conflictRate = 0
      const { data } = await t.collection('stock').doc('tx').get()
      await t.collection('stock').doc('tx').update({ data: { n: data.n + 1 } })
      return attempts
    })
    await expect(run).resolves.toBe(3) // the second attempt was already doomed when it started
    expect((await db.collection('stock').doc('tx').get()).data.n).toBe(1)
  })

  test('reads return the snapshot taken when the transaction started, as CloudBase documents (快照隔离)', async () => {
    await db.collection('stock').doc('snap').set({ data: { n: 1 } })
    const t = await db.startTransaction()
    expect((await t.collection('stock').doc('snap').get()).data.n).toBe(1)
    await db.collection('stock').doc('snap').update({ data: { n: _.inc(10) } })
    await db.collection('stock').doc('snap-new').set({ data: { n: 5 } })
    expect((await t.collection('stock').doc('snap').get()).data.n).toBe(1) // a re-read too
    await expect(t.collection('stock').doc('snap-new').get()).rejects.toMatchObject({ errMsg: expect.stringMatching(/does not exist/) })
    await t.collection('stock').doc('snap-new').set({ data: { n: 6 } })
    await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect((await db.collection('stock').doc('snap-new').get()).data.n).toBe(5)
  })

  test('a held transaction sees another commit land between its read and its write, conflicts, and its re-run reads the new value', async () => {
    await db.collection('stock').doc('held').set({ data: { n: 0 } })
    local.db.transactions.hold.arm({ collection: 'stock', id: 'held' })
    const seen: number[] = []
    const first = db.runTransaction(async (t: any) => {
      const { data } = await t.collection('stock').doc('held').get()
      seen.push(data.n)
      await t.collection('stock').doc('held').update({ data: { n: data.n + 1 } })
    })
    while (local.db.transactions.hold.status()?.state !== 'holding') await new Promise((r) => setTimeout(r, 2))
    await db.runTransaction(async (t: any) => {
      const { data } = await t.collection('stock').doc('held').get() // one-shot: this reader is not held
      await t.collection('stock').doc('held').update({ data: { n: data.n + 10 } })
    })
    await first
    expect(seen).toEqual([0, 10])
    expect((await db.collection('stock').doc('held').get()).data.n).toBe(11)
    expect(local.db.transactions.hold.status()).toEqual({ collection: 'stock', id: 'held', state: 'released', held: 'conflicted' })
    expect(local.db.transactions.openCount()).toBe(0)
  })

  test('a hold that nobody releases lets the transaction go on after its timeout', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      await db.collection('stock').doc('lonely').set({ data: { n: 0 } })
      local.db.transactions.hold.arm({ collection: 'stock', id: 'lonely' })
      const run = db.runTransaction(async (t: any) => {
        const { data } = await t.collection('stock').doc('lonely').get()
        await t.collection('stock').doc('lonely').update({ data: { n: data.n + 1 } })
      })
      while (local.db.transactions.hold.status()?.state !== 'holding') await new Promise((r) => setImmediate(r))
      jest.advanceTimersByTime(5_000)
      await run
      expect(local.db.transactions.hold.status()).toMatchObject({ state: 'timed-out', held: 'committed' })
      expect((await db.collection('stock').doc('lonely').get()).data.n).toBe(1)
    } finally {
      jest.useRealTimers()
    }
  })

  test('a transaction that conflicts every time surfaces the error after 4 attempts', async () => {
    local.db.faults.conflictRate = 1
    local.db.faults.conflictAt = 'commit'
    let attempts = 0
    const e = await thrown(() =>
      db.runTransaction(async (t: any) => {
        attempts++
        await t.collection('stock').doc('tx').update({ data: { n: _.inc(1) } })
      }),
    )
    expect(e).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(attempts).toBe(4) // runTransaction's default of 3 retries
    expect((await db.collection('stock').doc('tx').get()).data.n).toBe(0)
    expect(local.db.transactions.openCount()).toBe(0)
  })

  test('a conflict met by a write is not retried by wx-server-sdk: it surfaces as -501001', async () => {
    local.db.faults.conflictRate = 1
    local.db.faults.conflictAt = 'write'
    let attempts = 0
    const e = await thrown(() =>
      db.runTransaction(async (t: any) => {
        attempts++
        await t.collection('stock').doc('tx').update({ data: { n: 1 } })
      }),
    )
    expect(attempts).toBe(1)
    expect(e.errCode).toBe(-501001)
    expect(e.errMsg).toMatch(/transaction conflict/)
  })

  test('a transaction may only touch single documents: doc() and add()', async () => {
    await db.runTransaction(async (t: any) => {
      await t.collection('items').add({ data: { _id: 'tx-added', v: 1 } })
      await t.collection('items').doc('tx-added').update({ data: { v: 2 } })
      await t.collection('stock').doc('tx').remove()
    })
    expect((await db.collection('items').doc('tx-added').get()).data.v).toBe(2)
    expect((await thrown(() => db.collection('stock').doc('tx').get())).errMsg).toMatch(/does not exist/)
  })
})
