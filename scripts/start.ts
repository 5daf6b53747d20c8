/**
 * `npm start`: builds the cloud functions and the H5 app (production mode), starts the
 * local cloud with demo data on first run, and prints the one URL of the product.
 * `npm run dev` (--watch) rebuilds both on change.
 *
 * Environment: PORT (10086), LOCAL_CLOUD_DATA (a folder, default .data; or :memory:),
 * SEED (demo | none), SKIP_BUILD=1 to serve what is already built, TIMERS=off to fire
 * timer triggers only by hand (e2e does).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { APP_FUNCTIONS, buildFunctions, functionNames } from './build-functions'
import { DEMO } from '../database/seed/demo'
import { DEMO_CHAIN } from '../database/seed/groupbuy'
import { finishH5Build } from './h5-postbuild'
import { H5_DIST, ROOT, serve } from './serve'

const watch = process.argv.includes('--watch')
const port = Number(process.env.PORT ?? 10086)
const data = process.env.LOCAL_CLOUD_DATA ?? '.data'
const seed = process.env.SEED === 'none' ? 'none' : 'demo'

/** One production H5 build (webpack's persistent cache makes a rebuild take seconds). */
function buildH5(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['taro', 'build', '--type', 'h5'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`taro build exited with ${code}`))))
  }).then(() => void finishH5Build(H5_DIST))
}

/**
 * Watch mode rebuilds the H5 app into dist-h5 when src/ changes. Taro's own H5 watch
 * serves from a dev server's memory on a port of its own; building to disk keeps the
 * product at its one URL.
 */
function watchH5(): void {
  let building = false
  let again = false
  let timer: NodeJS.Timeout | undefined
  const rebuild = async () => {
    if (building) {
      again = true
      return
    }
    building = true
    await buildH5().catch((e) => console.error(`› H5 rebuild failed: ${(e as Error).message}`))
    building = false
    if (again) {
      again = false
      void rebuild()
    } else console.log('› H5 rebuilt: reload the page')
  }
  fs.watch(path.join(ROOT, 'src'), { recursive: true }, () => {
    clearTimeout(timer)
    timer = setTimeout(() => void rebuild(), 300)
  })
}

async function main() {
  if (process.env.SKIP_BUILD !== '1') {
    console.log('› building cloud functions …')
    await buildFunctions()
    if (watch) spawn('npx', ['tsx', 'scripts/build-functions.ts', '--watch'], { cwd: ROOT, stdio: 'inherit' })
    console.log('› building the H5 app …')
    await buildH5()
    if (watch) watchH5()
  }
  const { host, seeded } = await serve({ port, data, seed, watch, timers: process.env.TIMERS !== 'off' })
  const url = host.url.replace('127.0.0.1', 'localhost')
  const storeLink = (scene: string) => `${url}/#/pages/home/index?scene=${scene}`
  console.log(`
鲜果会员 · local cloud ready (${functionNames(APP_FUNCTIONS).join(', ')})${seeded ? ' · demo data seeded' : ''}

  App:                    ${url}/
  Store QR landing:       ${storeLink(DEMO.scenes[0].id)}   (${DEMO.scenes[0].label})
                          ${storeLink(DEMO.scenes[1].id)}   (${DEMO.scenes[1].label})
  Claim centre:           ${url}/#/packages/coupons/pages/center/index
  Group-buy chain (接龙):  ${url}/#/packages/groupbuy/pages/chain/index?id=${DEMO_CHAIN}
  Leader home (团长):      ${url}/#/packages/groupbuy/pages/leader/index   (as 团长 陈阿姨)
  Health:                 ${url}/__dev/health

  In the browser, the 「切换身份」 button switches between a new visitor, the demo member,
  a staff member, an admin and a group-buy leader. Data: ${data === ':memory:' ? 'in memory' : data}. Ctrl-C to stop.
`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
