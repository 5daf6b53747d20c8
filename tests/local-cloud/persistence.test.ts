import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sdkAgainstLocalCloud } from '../support/sdk'

const schema = { collections: [{ name: 'kept', indexes: [{ name: 'k_unique', fields: ['k'], unique: true }] }] }

test('data written to the SQLite store survives a restart, unique indexes included', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-'))
  const first = sdkAgainstLocalCloud(schema, folder)
  await first.db.collection('kept').add({ data: { _id: 'a', k: 'x', at: new Date('2026-01-01T00:00:00Z'), n: 1 } })
  await first.db.collection('kept').doc('a').update({ data: { n: first._.inc(41) } })
  await first.db.collection('kept').add({ data: { _id: 'b', k: 'y' } })
  await first.db.collection('kept').doc('b').remove()
  first.local.close()

  const second = sdkAgainstLocalCloud(schema, folder)
  const { data } = await second.db.collection('kept').doc('a').get()
  expect(data).toEqual({ _id: 'a', k: 'x', at: new Date('2026-01-01T00:00:00Z'), n: 42 })
  expect((await second.db.collection('kept').count()).total).toBe(1)
  await expect(second.db.collection('kept').add({ data: { k: 'x' } })).rejects.toMatchObject({ errCode: -502001 })
  second.local.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

test('every value type comes back from SQLite as it went in (the fast start-up parser)', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-'))
  const doc = { _id: 'all', k: 'z', n: 3, f: 1.5, neg: -2, big: 2 ** 40, inf: Infinity, at: new Date('2026-11-25T02:00:00.123Z'), old: new Date('1960-01-01T00:00:00Z'), nested: { a: [1, 'x', { d: new Date(0) }] }, nil: null, dollar: '$date', obj: { $type: 'kept as data' } }
  const first = sdkAgainstLocalCloud(schema, folder)
  first.local.db.store.apply([{ coll: 'kept', id: 'all', doc }])
  first.local.close()
  const second = sdkAgainstLocalCloud(schema, folder)
  expect(second.local.db.store.get('kept', 'all')).toEqual(doc)
  second.local.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

test('after a restart, indexes (sorted on first use) answer with the loaded documents and the writes since', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-'))
  const first = sdkAgainstLocalCloud(schema, folder)
  for (const [id, k] of [['c', 'k3'], ['a', 'k1'], ['d', 'k4']]) await first.db.collection('kept').add({ data: { _id: id, k } })
  first.local.close()

  const second = sdkAgainstLocalCloud(schema, folder)
  // A write before any query: the index is built from what was loaded, then moved.
  await second.db.collection('kept').add({ data: { _id: 'b', k: 'k2' } })
  await second.db.collection('kept').doc('d').update({ data: { k: 'k0' } })
  const byK = (await second.db.collection('kept').where({ k: second._.gte('k') }).orderBy('k', 'asc').get()).data.map((d: { _id: string }) => d._id)
  expect(byK).toEqual(['d', 'a', 'b', 'c'])
  const byId = (await second.db.collection('kept').where({ _id: second._.gt('a') }).orderBy('_id', 'asc').get()).data.map((d: { _id: string }) => d._id)
  expect(byId).toEqual(['b', 'c', 'd'])
  second.local.close()
  fs.rmSync(folder, { recursive: true, force: true })
})
