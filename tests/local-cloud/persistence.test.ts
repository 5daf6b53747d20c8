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
