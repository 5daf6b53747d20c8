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
import { firstScreenFiles } from '../h5-first-screen'
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
  const { entries, pageScripts } = firstScreenFiles(h5Dir)
  const files = [...entries, ...pageScripts].map((file) => {
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
