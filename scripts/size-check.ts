/**
 * Size budgets of the client builds (run after `taro build --type weapp` and `--type h5`):
 *  - weapp main package as WeChat counts it (miniprogram-ci, offline), budget 600 KB;
 *  - H5 first screen: gzipped JS that index.html loads plus the home page chunk, budget 250 KB.
 * Prints both, writes reports/size.json, exits 1 when a budget is exceeded.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import * as ci from 'miniprogram-ci'
import { withOfflineProject } from './offline-project'

const KB = 1024
const MAIN_PACKAGE_BUDGET = 600 * KB
const H5_FIRST_SCREEN_BUDGET = 250 * KB
const root = path.resolve(__dirname, '..')
const weappDir = path.join(root, 'dist')
const h5Dir = path.join(root, 'dist-h5')

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`

async function measureMainPackage() {
  return withOfflineProject(weappDir, async (project) => {
    const quality = await ci.checkCodeQuality(project)
    const sizes = quality.find((item) => item.name === 'PACKAGE_SIZE_LIMIT')?.detail as
      | Record<string, number>
      | undefined
    if (!sizes || typeof sizes.__APP__ !== 'number') throw new Error('miniprogram-ci gave no package sizes')
    const analysis = await ci.analyseCode(project, { silent: true })
    const topFiles = (analysis?.files ?? [])
      .filter((file) => !file.subPackage)
      .sort((a, b) => b.size - a.size)
      .slice(0, 10)
      .map((file) => ({ path: file.path, bytes: file.size }))
    const { __APP__: bytes, ...subPackages } = sizes
    return { bytes, budgetBytes: MAIN_PACKAGE_BUDGET, subPackages, topFiles }
  })
}

function measureH5FirstScreen() {
  const html = fs.readFileSync(path.join(h5Dir, 'index.html'), 'utf8')
  const entries = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1])
  const app = entries.find((file) => /(^|\/)app\.[^/]*\.js$/.test(file))
  if (!app) throw new Error('dist-h5/index.html loads no app chunk')
  // The route table in app.js: {"path":"pages/home/index","load":function(){return[x.e(607)...
  const appSource = fs.readFileSync(path.join(h5Dir, app), 'utf8')
  const route = appSource.match(/"path":"pages\/home\/index","load":function[^{]*\{return\[(.*?)\.then\(/)
  if (!route) throw new Error('home page route not found in the H5 app chunk')
  const chunkIds = [...route[1].matchAll(/\.e\((\d+)\)/g)].map((m) => m[1])
  const jsFiles = fs.readdirSync(path.join(h5Dir, 'js'))
  const homeChunks = chunkIds.map((id) => {
    const file = jsFiles.find((name) => name.startsWith(`${id}.`) && name.endsWith('.js'))
    if (!file) throw new Error(`home page chunk ${id} not found in dist-h5/js`)
    return `js/${file}`
  })
  const files = [...entries, ...homeChunks].map((file) => {
    const content = fs.readFileSync(path.join(h5Dir, file))
    return { path: file, bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length }
  })
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0)
  return { gzipBytes, budgetBytes: H5_FIRST_SCREEN_BUDGET, files }
}

async function main() {
  for (const dir of [weappDir, h5Dir]) {
    if (!fs.existsSync(dir)) throw new Error(`${path.basename(dir)}/ is missing: build weapp and h5 first`)
  }
  const weapp = await measureMainPackage()
  const h5 = measureH5FirstScreen()
  const ok = weapp.bytes <= weapp.budgetBytes && h5.gzipBytes <= h5.budgetBytes

  console.log(`weapp main package: ${kb(weapp.bytes)} / budget ${kb(weapp.budgetBytes)}`)
  for (const [name, bytes] of Object.entries(weapp.subPackages)) console.log(`  subpackage ${name}: ${kb(bytes)}`)
  console.log('  largest main-package files:')
  for (const file of weapp.topFiles) console.log(`    ${kb(file.bytes).padStart(9)}  ${file.path}`)
  console.log(`H5 first screen JS (gzip): ${kb(h5.gzipBytes)} / budget ${kb(h5.budgetBytes)}`)
  for (const file of h5.files) console.log(`    ${kb(file.gzipBytes).padStart(9)}  ${file.path} (${kb(file.bytes)} raw)`)

  const report = { generatedAt: new Date().toISOString(), ok, weapp, h5 }
  fs.mkdirSync(path.join(root, 'reports'), { recursive: true })
  fs.writeFileSync(path.join(root, 'reports', 'size.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log(ok ? 'size budgets: OK' : 'size budgets: EXCEEDED')
  return ok
}

main()
  .then((ok) => process.exit(ok ? 0 : 1))
  .catch((error) => {
    console.error('[size-check]', error instanceof Error ? error.message : error)
    process.exit(1)
  })
