/** The shape of `database/schema.ts`: what collections exist and their indexes. */
export interface IndexSpec {
  name: string
  /** Field paths, in order; dot notation for nested fields. */
  fields: readonly string[]
  unique?: boolean
  /** Documents missing any of the fields are left out of the index (MongoDB's sparse). */
  sparse?: boolean
}

export interface CollectionSpec {
  name: string
  indexes?: readonly IndexSpec[]
  /** Why the collection exists: read by the deploy step and by people. */
  purpose?: string
}

export interface DatabaseSchema {
  collections: readonly CollectionSpec[]
}
