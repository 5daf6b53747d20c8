import { schema } from '../../database/schema'
import { applyDatabasePlan, readDatabase, type DatabaseManager } from '../../scripts/deploy/cloudbase-database'
import { planDatabase } from '../../scripts/deploy/database-plan'
import type { DatabaseSchema } from '../../local-cloud/schema'

/** A CloudBase environment in memory, answering the manager calls the deploy step makes. */
function fakeEnvironment() {
  const collections = new Map<string, { indexes: Map<string, { keys: string[]; unique: boolean }>; permission: string }>()
  const calls: string[] = []
  const manager: DatabaseManager = {
    database: {
      checkCollectionExists: async (name) => ({ Exists: collections.has(name) }),
      createCollection: async (name) => {
        calls.push(`createCollection ${name}`)
        collections.set(name, { indexes: new Map([['_id_', { keys: ['_id'], unique: true }]]), permission: 'PRIVATE' })
      },
      describeCollection: async (name) => ({
        Indexes: [...(collections.get(name)?.indexes ?? [])].map(([Name, i]) => ({ Name, Unique: i.unique, Keys: i.keys.map((k) => ({ Name: k })) })),
      }),
      updateCollection: async (name, info) => {
        for (const index of info.CreateIndexes ?? []) {
          calls.push(`createIndex ${name}.${index.IndexName}`)
          const collection = collections.get(name)
          if (!collection) throw new Error(`no collection ${name}`)
          collection.indexes.set(index.IndexName, { keys: index.MgoKeySchema.MgoIndexKeys.map((k) => k.Name), unique: index.MgoKeySchema.MgoIsUnique })
        }
      },
    },
    permission: {
      describeResourcePermission: async ({ resources }) => ({
        PermissionList: resources.filter((r) => collections.has(r)).map((r) => ({ Resource: r, Permission: collections.get(r)?.permission })),
      }),
      modifyResourcePermission: async ({ resource, permission }) => {
        calls.push(`permission ${resource}`)
        const collection = collections.get(resource)
        if (collection) collection.permission = permission
      },
    },
  }
  return { manager, collections, calls }
}

const deploy = async (env: ReturnType<typeof fakeEnvironment>, wanted: DatabaseSchema = schema) => {
  const plan = planDatabase(wanted, await readDatabase(env.manager, wanted))
  const lines: string[] = []
  await applyDatabasePlan(env.manager, plan, (l) => lines.push(l))
  return { plan, lines }
}

test('an empty environment gets every collection, every declared index and 仅管理端可读写', async () => {
  const env = fakeEnvironment()
  await deploy(env)
  for (const collection of schema.collections) {
    const have = env.collections.get(collection.name)
    expect(have?.permission).toBe('ADMINONLY')
    for (const index of (collection as { indexes?: readonly { name: string; fields: readonly string[]; unique?: boolean }[] }).indexes ?? []) {
      expect(have?.indexes.get(index.name)).toEqual({ keys: [...index.fields], unique: Boolean(index.unique) })
    }
  }
  expect(env.collections.size).toBe(schema.collections.length)
})

test('a second run changes nothing and says so', async () => {
  const env = fakeEnvironment()
  await deploy(env)
  env.calls.length = 0
  const { plan } = await deploy(env)
  expect(plan.steps).toEqual([])
  expect(env.calls).toEqual([])
  expect(plan.unchanged).toBeGreaterThanOrEqual(schema.collections.length * 2)
})

const small: DatabaseSchema = {
  collections: [
    { name: 'points_ledger', indexes: [{ name: 'member_request_unique', fields: ['memberId', 'requestId'], unique: true }] },
    { name: 'coupons', indexes: [{ name: 'owner_status', fields: ['ownerId', 'status'] }] },
  ],
}

test('a drifted index is reported with what it was and recreated; an undeclared one is reported, never dropped', async () => {
  const env = fakeEnvironment()
  await deploy(env, small)
  const ledger = env.collections.get('points_ledger')!
  ledger.indexes.set('member_request_unique', { keys: ['memberId'], unique: false })
  ledger.indexes.set('hand_made', { keys: ['at'], unique: false })
  env.collections.get('coupons')!.permission = 'READONLY'
  env.calls.length = 0

  const { plan, lines } = await deploy(env, small)
  expect(lines).toEqual([
    '  recreate drifted index points_ledger.member_request_unique: (memberId) → (memberId, requestId, unique)',
    '  set coupons to 仅管理端可读写 (ADMINONLY), was READONLY',
  ])
  expect(plan.undeclared).toEqual([{ collection: 'points_ledger', index: 'hand_made' }])
  expect(ledger.indexes.get('member_request_unique')).toEqual({ keys: ['memberId', 'requestId'], unique: true })
  expect(ledger.indexes.has('hand_made')).toBe(true)
})

test('a missing index on an existing collection is created, and only that', async () => {
  const env = fakeEnvironment()
  await deploy(env, small)
  env.collections.get('coupons')!.indexes.delete('owner_status')
  env.calls.length = 0
  await deploy(env, small)
  expect(env.calls).toEqual(['createIndex coupons.owner_status'])
})
