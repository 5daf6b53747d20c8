/** wx-server-sdk, as functions use it, against an in-process local cloud. */
import { createLocalCloud, type DatabaseSchema } from '../../local-cloud'

const cloud = require('wx-server-sdk')

export function sdkAgainstLocalCloud(schema: DatabaseSchema, data?: string) {
  const local = createLocalCloud({ schema, data })
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  const db: any = cloud.database()
  return { local, db, _: db.command, cloud }
}

/** Runs `fn` and returns what it threw (fails the test if it did not throw). */
export async function thrown(fn: () => Promise<unknown>): Promise<{ errCode?: number; errMsg?: string; message?: string }> {
  try {
    await fn()
  } catch (e) {
    return e as { errCode?: number; errMsg?: string }
  }
  throw new Error('expected a failure')
}
