/**
 * The database plan against a real environment, through @cloudbase/manager-node (the
 * merchant's Tencent Cloud key). Only the few calls used here are typed, so that a fake
 * manager can stand in for it in tests.
 */
import { ADMIN_ONLY, describeStep, type DatabasePlan, type DatabaseStep, type ExistingCollection } from './database-plan'
import type { DatabaseSchema } from '../../local-cloud/schema'

export interface DatabaseManager {
  database: {
    checkCollectionExists(name: string): Promise<{ Exists: boolean }>
    createCollection(name: string): Promise<unknown>
    describeCollection(name: string): Promise<{ Indexes?: { Name: string; Unique: boolean; Keys: { Name?: string }[] }[] }>
    updateCollection(name: string, info: { CreateIndexes?: { IndexName: string; MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean } }[] }): Promise<unknown>
  }
  permission: {
    describeResourcePermission(options: { resourceType: 'collection'; resources: string[] }): Promise<{ PermissionList: { Resource?: string; Permission?: string }[] }>
    modifyResourcePermission(options: { resourceType: 'collection'; resource: string; permission: typeof ADMIN_ONLY }): Promise<unknown>
  }
}

/** What the environment has of the schema's collections. */
export async function readDatabase(manager: DatabaseManager, schema: DatabaseSchema): Promise<ExistingCollection[]> {
  const names = schema.collections.map((c) => c.name)
  const permissions = await manager.permission.describeResourcePermission({ resourceType: 'collection', resources: names })
  const found: ExistingCollection[] = []
  for (const name of names) {
    if (!(await manager.database.checkCollectionExists(name)).Exists) continue
    const described = await manager.database.describeCollection(name)
    found.push({
      name,
      indexes: (described.Indexes ?? []).map((i) => ({ name: i.Name, unique: i.Unique, fields: i.Keys.map((k) => k.Name ?? '') })),
      permission: permissions.PermissionList.find((p) => p.Resource === name)?.Permission,
    })
  }
  return found
}

async function applyStep(manager: DatabaseManager, step: DatabaseStep): Promise<void> {
  switch (step.kind) {
    case 'create-collection':
      await manager.database.createCollection(step.collection)
      return
    case 'create-index':
    case 'recreate-index':
      await manager.database.updateCollection(step.collection, {
        CreateIndexes: [{ IndexName: step.index.name, MgoKeySchema: { MgoIndexKeys: step.index.fields.map((Name) => ({ Name, Direction: '1' })), MgoIsUnique: Boolean(step.index.unique) } }],
      })
      return
    case 'set-permission':
      await manager.permission.modifyResourcePermission({ resourceType: 'collection', resource: step.collection, permission: ADMIN_ONLY })
  }
}

/** Applies the steps in order (collections before their indexes), reporting each. */
export async function applyDatabasePlan(manager: DatabaseManager, plan: DatabasePlan, report: (line: string) => void): Promise<void> {
  for (const step of plan.steps) {
    report(`  ${describeStep(step)}`)
    await applyStep(manager, step)
  }
}
