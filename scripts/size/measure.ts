/**
 * Measures what the budgets are about: the weapp packages as WeChat counts them
 * (miniprogram-ci, offline), the H5 first screen (gzipped JS that index.html loads plus
 * the home page's chunks) and the cloud function bundles.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import * as ci from 'miniprogram-ci'
import { functionBundles } from '../deploy/function-bundles'
import type { SizeMeasurements } from '../deploy/budgets'
import { withOfflineProject } from '../offline-project'

export const ROOT = path.resolve(__dirname, '..', '..')

export async function measureWeapp(weappDir: string) {
  return withOfflineProject(weappDir, async (project) => {
    const quality = await ci.checkCodeQuality(project)
    const sizes = quality.find((item) => item.name === 'PACKAGE_SIZE_LIMIT')?.detail as Record<string, number> | undefined
    if (!sizes || typeof sizes.__APP__ !== 'number') throw new Error('miniprogram-ci gave no package sizes')
    const analysis = await ci.analyseCode(project, { silent: true })
    const topFiles = (analysis?.files ?? [])
      .filter((file) => !file.subPackage)
      .sort((a, b) => b.size - a.size)
      .slice(0, 10)
      .map((file) => ({ path: file.path, bytes: file.size }))
    const { __APP__: mainPackageBytes, ...subPackages } = sizes
    return { mainPackageBytes, subPackages, topFiles }
  })
}

export function measureH5FirstScreen(h5Dir: string) {
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
  return { gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), files }
}

export const measureFunctionBundles = (root: string) => Object.fromEntries(functionBundles(root).map((b) => [b.name, b.bytes]))

export type AllMeasurements = SizeMeasurements & {
  topFiles: { path: string; bytes: number }[]
  h5Files: { path: string; bytes: number; gzipBytes: number }[]
}

export async function measureAll(dirs = { weapp: path.join(ROOT, 'dist'), h5: path.join(ROOT, 'dist-h5'), functions: path.join(ROOT, 'build', 'cloudfunctions') }): Promise<AllMeasurements> {
  for (const dir of [dirs.weapp, dirs.h5, dirs.functions]) {
    if (!fs.existsSync(dir)) throw new Error(`${path.relative(ROOT, dir)}/ is missing: run npm run build first`)
  }
  const weapp = await measureWeapp(dirs.weapp)
  const h5 = measureH5FirstScreen(dirs.h5)
  return {
    mainPackageBytes: weapp.mainPackageBytes,
    subPackages: weapp.subPackages,
    topFiles: weapp.topFiles,
    functionBundles: measureFunctionBundles(dirs.functions),
    h5FirstScreenGzipBytes: h5.gzipBytes,
    h5Files: h5.files,
  }
}
