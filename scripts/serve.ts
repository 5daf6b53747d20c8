/**
 * The whole product at one URL: the local cloud (database + function host) serving the
 * built cloud functions and the H5 build. Used by `npm start`, `npm run dev` and e2e.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createLocalCloud } from '../local-cloud'
import { startHost, type Host } from '../local-cloud/host'
import { schema } from '../database/schema'
import { seedDemo } from '../database/seed/demo'
import { FUNCTIONS_OUT } from './build-functions'

export const ROOT = path.resolve(__dirname, '..')
/** The H5 build served at `/` (H5_OUT picks another build folder). */
export const H5_DIST = path.resolve(ROOT, process.env.H5_OUT || 'dist-h5')

export interface ServeOptions {
  port: number
  /** A folder for the SQLite store, or ':memory:'. */
  data: string
  seed: 'demo' | 'none'
  watch?: boolean
  /** Fire timer triggers on their cron. */
  timers?: boolean
}

/** The member-code secret: from the environment, else one kept with the local data. */
function ensureSecret(data: string): void {
  if (process.env.MEMBER_CODE_SECRET) return
  if (data === ':memory:') {
    process.env.MEMBER_CODE_SECRET = crypto.randomBytes(24).toString('base64url')
    return
  }
  const file = path.join(data, 'member-code-secret')
  fs.mkdirSync(data, { recursive: true })
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(24).toString('base64url'), { mode: 0o600 })
  process.env.MEMBER_CODE_SECRET = fs.readFileSync(file, 'utf8').trim()
}

export async function serve(options: ServeOptions): Promise<{ host: Host; seeded: boolean; close(): Promise<void> }> {
  const data = options.data === ':memory:' ? options.data : path.resolve(ROOT, options.data)
  ensureSecret(data)
  // npm run dev refuses a function's unindexed query (naming the index to declare); npm start warns.
  const cloud = createLocalCloud({ schema, data, unindexed: options.watch ? 'error' : 'warn' })
  let seeded = false
  if (options.seed === 'demo' && !cloud.db.store.get('settings', 'brand')) {
    const sdk = require('wx-server-sdk')
    sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
    await seedDemo(sdk.database(), new Date())
    seeded = true
  }
  const host = await startHost({
    cloud,
    functionsRoot: FUNCTIONS_OUT,
    staticRoots: [H5_DIST, path.join(ROOT, 'public')],
    port: options.port,
    watch: options.watch,
    timers: options.timers,
  })
  return {
    host,
    seeded,
    close: async () => {
      await host.close()
      cloud.close()
    },
  }
}
