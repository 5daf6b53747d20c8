/** Starts the local cloud and its host in this process, on a free port, for one test file. */
import path from 'node:path'
import { createLocalCloud, resetClock, type DatabaseSchema } from '../../local-cloud'
import { startHost, type Host } from '../../local-cloud/host'
import { schema as appSchema } from '../../database/schema'

export const FIXTURE_FUNCTIONS = path.join(__dirname, '..', 'fixtures', 'functions')
export const BUILT_FUNCTIONS = [path.join(__dirname, '..', '..', 'build', 'cloudfunctions'), path.join(__dirname, '..', '..', 'build', 'test-cloudfunctions')]

export interface TestCloud {
  host: Host
  cloud: ReturnType<typeof createLocalCloud>
  /** wx-server-sdk's database against the same local cloud, for seeding and checking. */
  db: any
  /** Calls a function as `openid`, returning `{ status, body }`. */
  call(fn: string, openid: string, event: Record<string, unknown>): Promise<{ status: number; body: any }>
  /** Calls and unwraps `result`. */
  result(fn: string, openid: string, event: Record<string, unknown>): Promise<any>
  dev(method: string, route: string, body?: unknown): Promise<any>
  close(): Promise<void>
}

/** The secret functions sign member codes with; CloudBase gets its own from the console. */
process.env.MEMBER_CODE_SECRET ??= 'test-member-code-secret-0123456789'

export async function startTestCloud(options: { functionsRoot?: string | string[]; schema?: DatabaseSchema } = {}): Promise<TestCloud> {
  const cloud = createLocalCloud({ schema: options.schema ?? appSchema })
  const host = await startHost({ cloud, functionsRoot: options.functionsRoot ?? BUILT_FUNCTIONS })
  const sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  const db = sdk.database()
  const tokens = new Map<string, Promise<string>>()
  const login = (openid: string) => {
    if (!tokens.has(openid)) {
      tokens.set(openid, fetch(`${host.url}/__dev/login`, { method: 'POST', body: JSON.stringify({ openid }) }).then(async (r) => (await r.json()).token))
    }
    return tokens.get(openid) as Promise<string>
  }
  const call = async (fn: string, openid: string, event: Record<string, unknown>) => {
    const token = await login(openid)
    const r = await fetch(`${host.url}/cloud/${fn}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(event) })
    return { status: r.status, body: await r.json() }
  }
  const dev = async (method: string, route: string, body?: unknown) => {
    const r = await fetch(`${host.url}/__dev/${route}`, { method, body: body === undefined ? undefined : JSON.stringify(body) })
    return r.json()
  }
  return {
    host,
    cloud,
    db,
    call,
    result: async (fn, openid, event) => {
      const { status, body } = await call(fn, openid, event)
      if (status !== 200) throw new Error(`${fn} answered ${status}: ${JSON.stringify(body)}`)
      return body.result
    },
    dev,
    close: async () => {
      resetClock()
      cloud.db.faults.conflictRate = 0
      cloud.db.faults.conflictNext = 0
      cloud.db.transactions.hold.arm(null)
      await host.close()
      cloud.close()
    },
  }
}
