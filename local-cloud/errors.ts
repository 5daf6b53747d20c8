/**
 * Errors the emulator answers with, in the shape CloudBase's database API answers
 * (`{ code, message }`); wx-server-sdk turns them into the same exceptions as in
 * production. Codes are CloudBase's database error codes.
 */
export interface DbError {
  code: string
  message: string
}

export const dbError = (code: string, message: string): DbError => ({ code, message })

export const Errors = {
  conflict: () =>
    dbError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict: the document is being written by another transaction'),
  whereInTransaction: () =>
    dbError('DATABASE_INVALID_OPERRATOR', '事务中不支持批量操作（where 语句），只支持单记录操作（collection.doc, collection.add）'),
  transactionNotFound: (id: string) => dbError('DATABASE_TRANSACTION_FAIL', `transaction ${id} does not exist, was committed, aborted or timed out`),
  collectionMissing: (name: string) => dbError('DATABASE_COLLECTION_NOT_EXIST', `集合不存在: ${name}`),
  duplicateKey: (coll: string, index: string, key: string) =>
    dbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${coll} index: ${index} dup key: ${key}`),
  invalidParam: (message: string) => dbError('INVALID_PARAM', message),
  /** Local only: production would scan the collection; here the query is refused (see IndexPolicy). */
  unindexed: (message: string) => dbError('LOCAL_CLOUD_UNINDEXED_QUERY', message),
  invocationCutOff: () => dbError('DATABASE_REQUEST_FAILED', 'the function invocation timed out: its later requests are refused'),
  unsupported: (what: string) => dbError('DATABASE_INVALID_OPERRATOR', `不支持的操作: ${what}`),
} as const

/** Thrown inside the engine, turned into an answer at the seam. */
export class DbFailure extends Error {
  constructor(readonly error: DbError) {
    super(error.message)
  }
}

export const fail = (error: DbError): never => {
  throw new DbFailure(error)
}
