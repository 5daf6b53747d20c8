/**
 * The one place the emulator meets wx-server-sdk: the database request class of
 * @cloudbase/node-sdk, which the SDK uses for every database call. Its `send(api,
 * params)` is answered by the local database instead of CloudBase's HTTP API. The SDK
 * is pinned; tests/local-cloud/seam-contract.test.ts fails loudly if an upgrade moves it.
 */
import path from 'node:path'
import type { LocalDatabase } from './database'

export const PINNED_SDK_VERSION = '4.0.2'

interface Requester {
  prototype: { send: (api: string, params?: Record<string, unknown>) => Promise<unknown> }
}

let target: LocalDatabase | undefined

function sdkRequire(id: string): unknown {
  const sdkDir = path.dirname(require.resolve('wx-server-sdk/package.json'))
  return require(require.resolve(id, { paths: [sdkDir] }))
}

export function sdkVersion(): string {
  return (sdkRequire('wx-server-sdk/package.json') as { version: string }).version
}

/** Routes the SDK's database requests of this process to `db`. */
export function installSeam(db: LocalDatabase): void {
  if (sdkVersion() !== PINNED_SDK_VERSION) {
    throw new Error(`wx-server-sdk ${sdkVersion()} is installed; the local cloud is pinned to ${PINNED_SDK_VERSION}`)
  }
  target = db
  const { TcbDBApiHttpRequester } = sdkRequire('@cloudbase/node-sdk/dist/utils/tcbdbapirequester') as { TcbDBApiHttpRequester: Requester }
  TcbDBApiHttpRequester.prototype.send = async (api, params) => {
    if (!target) throw new Error('local cloud is not running')
    return target.handle(api, params)
  }
}
