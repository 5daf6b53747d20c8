/**
 * Pins the request shapes wx-server-sdk sends at the seam the local cloud answers.
 * If an SDK upgrade moves the seam or changes a shape, this fails loudly: the
 * emulator must then be checked against the new SDK before anything else.
 */
import { PINNED_SDK_VERSION, sdkVersion } from '../../local-cloud/seam'
import { sdkAgainstLocalCloud } from '../support/sdk'

const { local, db, _ } = sdkAgainstLocalCloud({ collections: [{ name: 'c' }] })
const seen: { api: string; params: Record<string, unknown> | undefined }[] = []
const handle = local.db.handle.bind(local.db)
local.db.handle = async (api, params) => {
  seen.push({ api, params: params && JSON.parse(JSON.stringify(params)) })
  return handle(api, params)
}
const record = async (fn: () => Promise<unknown>) => {
  seen.length = 0
  await fn()
  return seen.map(({ api, params }) => ({ api, params }))
}

test('the SDK is the pinned version', () => {
  expect(sdkVersion()).toBe(PINNED_SDK_VERSION)
  expect(require('../../package.json').devDependencies['wx-server-sdk']).toBe(PINNED_SDK_VERSION)
})

test('add → database.insertDocument with EJSON documents', async () => {
  expect(await record(() => db.collection('c').add({ data: { _id: 'a', n: 1, at: db.serverDate() } }))).toEqual([
    { api: 'database.insertDocument', params: { collectionName: 'c', data: ['{"_id":"a","n":{"$numberInt":"1"},"at":{"$tcb_server_date":{"offset":{"$numberInt":"0"}}}}'] } },
  ])
})

test('doc().get → database.getDocument of queryType DOC', async () => {
  expect(await record(() => db.collection('c').doc('a').get())).toEqual([
    { api: 'database.getDocument', params: { collectionName: 'c', query: '{"_id":"a"}', queryType: 'DOC', multi: false } },
  ])
})

test('where().orderBy().skip().limit().field().get → database.getDocument of queryType WHERE', async () => {
  const calls = await record(() => db.collection('c').where({ n: _.gte(1) }).orderBy('n', 'desc').skip(1).limit(5).field({ n: true }).get())
  expect(calls).toEqual([
    {
      api: 'database.getDocument',
      params: { collectionName: 'c', queryType: 'WHERE', query: '{"n":{"$gte":{"$numberInt":"1"}}}', order: '{"n":{"$numberInt":"-1"}}', offset: 1, limit: 5, projection: '{"n":{"$numberInt":"1"}}' },
    },
  ])
})

test('doc().update → database.modifyDocument with update operators', async () => {
  expect(await record(() => db.collection('c').doc('a').update({ data: { n: _.inc(1) } }))).toEqual([
    { api: 'database.modifyDocument', params: { collectionName: 'c', data: '{"$inc":{"n":{"$numberInt":"1"}}}', query: '{"_id":"a"}', queryType: 'DOC', multi: false, merge: true, upsert: false } },
  ])
})

test('where().update → database.modifyDocument, multi', async () => {
  const calls = await record(() => db.collection('c').where({ _id: 'a', n: _.gte(1) }).update({ data: { n: _.inc(-1) } }))
  expect(calls[0].api).toBe('database.modifyDocument')
  expect(calls[0].params).toMatchObject({ queryType: 'WHERE', multi: true, merge: true, upsert: false })
})

test('count, remove and aggregate', async () => {
  expect((await record(() => db.collection('c').where({ n: 1 }).count()))[0]).toEqual({ api: 'database.calculateDocument', params: { collectionName: 'c', queryType: 'WHERE', query: '{"n":{"$numberInt":"1"}}' } })
  expect((await record(() => db.collection('c').doc('zz').remove()))[0]).toEqual({ api: 'database.removeDocument', params: { collectionName: 'c', query: '{"_id":"zz"}', queryType: 'DOC', multi: false } })
  expect((await record(() => db.collection('c').aggregate().match({ n: 1 }).limit(1).end()))[0]).toEqual({
    api: 'database.aggregateDocuments',
    params: { collectionName: 'c', stages: [{ stageKey: '$match', stageValue: '{"n":{"$numberInt":"1"}}' }, { stageKey: '$limit', stageValue: '1' }] },
  })
})

test('runTransaction → start, operations carrying the transactionId, commit', async () => {
  const calls = await record(() =>
    db.runTransaction(async (t: any) => {
      await t.collection('c').doc('a').get()
      await t.collection('c').doc('a').update({ data: { n: 2 } })
    }),
  )
  expect(calls.map((c) => c.api)).toEqual(['database.startTransaction', 'database.getDocument', 'database.modifyDocument', 'database.commitTransaction'])
  const txId = calls[3].params?.transactionId
  expect(typeof txId).toBe('string')
  expect(calls[1].params).toMatchObject({ transactionId: txId, queryType: 'DOC' })
  expect(calls[2].params).toMatchObject({ transactionId: txId, queryType: 'DOC' })
})
