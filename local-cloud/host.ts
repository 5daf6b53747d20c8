/**
 * The function host: HTTP on 127.0.0.1, local mode only. A browser (or a test) logs in
 * as an openid, then calls functions as that caller; getWXContext() inside the function
 * answers that caller, per request. The same server serves the H5 build.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { describeClock, resetClock, setClock } from './clock'
import { runAs, type CallerContext } from './context'
import { describeFaults, setFaults } from './dev-faults'
import { FunctionRegistry } from './functions'
import { HttpError, isPlainObject, readJson, sendJson } from './http-util'
import type { LocalCloud } from './index'
import { isOwnOrigin } from './origin'
import { startScheduler } from './scheduler'
import { serveStatic } from './static-files'

export interface HostOptions {
  cloud: LocalCloud
  /** Folder(s) of deployable bundles: `<fn>/index.js` and `<fn>/config.json`. */
  functionsRoot: string | string[]
  /** The H5 build to serve at `/`, then other folders of static files. */
  staticRoots?: string[]
  /** 0 picks a free port. */
  port?: number
  appid?: string
  env?: string
  /** Load rebuilt bundles afresh (npm run dev). */
  watch?: boolean
  /** Fire timer triggers on their cron (npm start); tests fire them by hand. */
  timers?: boolean
}

export interface Host {
  url: string
  port: number
  close(): Promise<void>
}

const OPENID = /^[A-Za-z0-9_-]{1,64}$/

class FunctionTimeout extends Error {
  constructor(seconds: number) {
    super(`Invoking task timed out after ${seconds} seconds`)
  }
}

export async function startHost(options: HostOptions): Promise<Host> {
  const { cloud, appid = 'wx-local-app', env = 'local' } = options
  // Functions read this to know they run locally (simulated phone numbers, dev outbox).
  if (process.env.LOCAL_CLOUD !== '1') process.env.LOCAL_CLOUD = '1'
  const functions = new FunctionRegistry(options.functionsRoot, options.watch)
  const tokens = new Map<string, string>()
  let invocations = 0
  /** Known once listening; the dev endpoints compare a request's Origin with it. */
  let port = 0

  /** Runs the function as `caller`, cut off at its config.json timeout as CloudBase does. */
  async function invoke(fn: string, event: Record<string, unknown>, caller: CallerContext) {
    const loaded = functions.get(fn)
    if (!loaded) throw new HttpError(404, `function ${fn} not found`)
    const context = { function_name: fn, request_id: `local-invoke-${++invocations}`, environ: '' }
    const invocation = { cutOff: false }
    const run = runAs({ ...caller, invocation }, () => loaded.main(event, context))
    let timer: NodeJS.Timeout | undefined
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        invocation.cutOff = true
        reject(new FunctionTimeout(loaded.timeoutSeconds))
      }, loaded.timeoutSeconds * 1000)
    })
    run.catch(() => undefined) // a cut-off run may still fail later: nobody waits for it
    try {
      return await Promise.race([run, limit])
    } finally {
      clearTimeout(timer)
    }
  }

  async function callFunction(req: IncomingMessage, fn: string) {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    const openid = token ? tokens.get(token) : undefined
    if (!openid) throw new HttpError(401, 'login first: POST /__dev/login')
    const body = await readJson(req)
    if (!isPlainObject(body)) throw new HttpError(400, 'the event must be a JSON object')
    if (!functions.get(fn)) throw new HttpError(404, `function ${fn} not found`)
    // As in production, the platform writes who called into the event; whatever the
    // client put there is overwritten. Functions read identity from getWXContext().
    const event = { ...body, userInfo: { appId: appid, openId: openid } }
    return { result: await invoke(fn, event, { OPENID: openid, APPID: appid, ENV: env, SOURCE: 'wx_client' }) }
  }

  async function trigger(fn: string, name: string) {
    const loaded = functions.get(fn)
    if (!loaded) throw new HttpError(404, `function ${fn} not found`)
    if (!loaded.triggers.some((t) => t.name === name)) throw new HttpError(404, `trigger ${name} is not declared in ${fn}/config.json`)
    const event = { Type: 'Timer', TriggerName: name, Time: new Date().toISOString() }
    return { result: await invoke(fn, event, { APPID: appid, ENV: env, SOURCE: 'wx_trigger' }) }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local')
    const parts = url.pathname.split('/').filter(Boolean)
    const method = req.method ?? 'GET'
    if (parts[0] === 'cloud' && parts.length === 2 && method === 'POST') return sendJson(res, 200, await callFunction(req, parts[1]))
    if (parts[0] !== '__dev') return serveStatic(options.staticRoots ?? [], url.pathname, res, String(req.headers['accept-encoding'] ?? ''))
    if (!isOwnOrigin(req, port)) throw new HttpError(403, 'dev endpoints answer the local host’s own pages only')
    const what = `${method} ${parts.slice(1, 2).join('')}`
    switch (what) {
      case 'GET health':
        return sendJson(res, 200, { ok: true, functions: functions.names() })
      case 'POST login': {
        const body = await readJson(req)
        const openid = isPlainObject(body) ? body.openid : undefined
        if (typeof openid !== 'string' || !OPENID.test(openid)) throw new HttpError(400, 'openid must be 1-64 of [A-Za-z0-9_-]')
        const token = randomBytes(24).toString('base64url')
        tokens.set(token, openid)
        return sendJson(res, 200, { token })
      }
      case 'GET clock':
        return sendJson(res, 200, describeClock())
      case 'POST clock': {
        const body = await readJson(req)
        if (!isPlainObject(body) || typeof body.now !== 'string' || Number.isNaN(Date.parse(body.now))) throw new HttpError(400, 'now must be an ISO time')
        setClock(body.now, body.ticking === true)
        return sendJson(res, 200, describeClock())
      }
      case 'DELETE clock':
        resetClock()
        return sendJson(res, 200, describeClock())
      case 'GET faults':
        return sendJson(res, 200, describeFaults(cloud.db))
      case 'POST faults':
        return sendJson(res, 200, setFaults(cloud.db, await readJson(req)))
      case 'POST trigger':
        if (parts.length !== 4) throw new HttpError(404, 'POST /__dev/trigger/<fn>/<trigger>')
        return sendJson(res, 200, await trigger(parts[2], parts[3]))
      case 'GET outbox': {
        // Functions in local mode put the messages they would send (subscribe messages)
        // into the `outbox` collection instead of calling WeChat.
        const store = cloud.db.store
        return sendJson(res, 200, { messages: store.hasCollection('outbox') ? store.all('outbox') : [] })
      }
      case 'GET jobs': {
        // Timer jobs keep their progress (period, cursor, counts) in the `jobs` collection.
        const store = cloud.db.store
        return sendJson(res, 200, { jobs: store.hasCollection('jobs') ? store.all('jobs') : [] })
      }
      case 'DELETE jobs': {
        // Forgets every job's progress: the next firing starts its period afresh (tests, demos).
        const store = cloud.db.store
        if (store.hasCollection('jobs')) store.apply(store.all('jobs').map((doc) => ({ coll: 'jobs', id: doc._id, doc: null })))
        return sendJson(res, 200, { jobs: [] })
      }
      default:
        throw new HttpError(404, `${method} ${url.pathname} is not a dev endpoint`)
    }
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      if (e instanceof HttpError) return sendJson(res, e.status, { error: e.message })
      // What callFunction reports when a function throws or times out (errCode -504002 in production).
      console.error('[local-cloud]', e instanceof FunctionTimeout ? e.message : e)
      sendJson(res, 500, { errCode: -504002, errMsg: `functions execute fail: ${(e as Error)?.message ?? String(e)}` })
    })
  })
  server.keepAliveTimeout = 5_000
  const stopTimers = options.timers ? startScheduler(functions, (fn, name) => trigger(fn, name)) : () => undefined
  // A flash-sale crowd opens thousands of connections at once: Node's default accept queue
  // (511) overflows and the dropped connects wait for SYN retries (seen as client connect
  // timeouts on a loaded machine). The kernel caps this at net.core.somaxconn.
  await new Promise<void>((resolve) => server.listen({ port: options.port ?? 0, host: '127.0.0.1', backlog: 4096 }, resolve))
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        stopTimers()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
