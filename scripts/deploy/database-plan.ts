/**
 * The CloudBase database set up from the one schema file (database/schema.ts): every
 * collection, every declared index (unique ones included) and the security rule
 * 「仅管理端可读写」 (ADMINONLY: clients reach data through cloud functions only).
 * The plan is pure: it compares the schema with what the environment reports, so a
 * re-run changes nothing that is already right and names what differs.
 */
import type { DatabaseSchema, IndexSpec } from '../../local-cloud/schema'

/** CloudBase's permission for 「仅管理端可读写」. */
export const ADMIN_ONLY = 'ADMINONLY'

export interface ExistingIndex {
  name: string
  fields: string[]
  unique: boolean
}

export interface ExistingCollection {
  name: string
  indexes: ExistingIndex[]
  permission?: string
}

export type DatabaseStep =
  | { kind: 'create-collection'; collection: string }
  | { kind: 'create-index'; collection: string; index: IndexSpec }
  /** Same name, other fields or uniqueness: recreated (CloudBase drops and recreates on create). */
  | { kind: 'recreate-index'; collection: string; index: IndexSpec; was: ExistingIndex }
  | { kind: 'set-permission'; collection: string; was?: string }

export interface DatabasePlan {
  steps: DatabaseStep[]
  /** Indexes in the environment that the schema does not declare: reported, never dropped. */
  undeclared: { collection: string; index: string }[]
  unchanged: number
}

/** CloudBase's own index on _id is always there and never declared. */
const isBuiltIn = (index: ExistingIndex) => index.name === '_id_'

const sameIndex = (want: IndexSpec, have: ExistingIndex) =>
  have.unique === Boolean(want.unique) && have.fields.length === want.fields.length && want.fields.every((f, i) => have.fields[i] === f)

export function planDatabase(schema: DatabaseSchema, existing: ExistingCollection[]): DatabasePlan {
  const byName = new Map(existing.map((c) => [c.name, c]))
  const plan: DatabasePlan = { steps: [], undeclared: [], unchanged: 0 }
  for (const collection of schema.collections) {
    const have = byName.get(collection.name)
    if (!have) plan.steps.push({ kind: 'create-collection', collection: collection.name })
    else plan.unchanged++
    for (const index of collection.indexes ?? []) {
      const found = have?.indexes.find((i) => i.name === index.name)
      if (!found) plan.steps.push({ kind: 'create-index', collection: collection.name, index })
      else if (!sameIndex(index, found)) plan.steps.push({ kind: 'recreate-index', collection: collection.name, index, was: found })
      else plan.unchanged++
    }
    for (const index of have?.indexes ?? []) {
      if (!isBuiltIn(index) && !collection.indexes?.some((i) => i.name === index.name)) plan.undeclared.push({ collection: collection.name, index: index.name })
    }
    if (have?.permission !== ADMIN_ONLY) plan.steps.push({ kind: 'set-permission', collection: collection.name, was: have?.permission })
    else plan.unchanged++
  }
  return plan
}

export function describeStep(step: DatabaseStep): string {
  switch (step.kind) {
    case 'create-collection':
      return `create collection ${step.collection}`
    case 'create-index':
      return `create ${step.index.unique ? 'unique ' : ''}index ${step.collection}.${step.index.name} (${step.index.fields.join(', ')})`
    case 'recreate-index':
      return `recreate drifted index ${step.collection}.${step.index.name}: (${step.was.fields.join(', ')}${step.was.unique ? ', unique' : ''}) → (${step.index.fields.join(', ')}${step.index.unique ? ', unique' : ''})`
    case 'set-permission':
      return `set ${step.collection} to 仅管理端可读写 (${ADMIN_ONLY})${step.was ? `, was ${step.was}` : ''}`
  }
}
