/**
 * The weapp build must compile as WeChat compiles it: miniprogram-ci's compiler, run
 * offline (the project attribute that would come from WeChat's server is given
 * locally; any key works for local steps — see TOOLCHAIN.md). Fails on any error.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as ci from 'miniprogram-ci'
import { withOfflineProject } from './offline-project'

async function main() {
  const dist = process.env.WEAPP_DIR || path.resolve(__dirname, '..', 'dist')
  if (!fs.existsSync(path.join(dist, 'app.json'))) throw new Error('dist/app.json is missing: run npm run build:weapp first')
  await withOfflineProject(dist, async (project, tmp) => {
    const started = Date.now()
    const zip = path.join(tmp, 'compiled.zip')
    await ci.getCompiledResult({ project, version: '0.0.0', setting: { es6: false, enhance: false, minify: true }, onProgressUpdate: () => undefined } as unknown as Parameters<typeof ci.getCompiledResult>[0], zip)
    console.log(`weapp compile (miniprogram-ci, offline, ES5 output): OK in ${Date.now() - started} ms, ${(fs.statSync(zip).size / 1024).toFixed(1)} KB zipped`)
  })
}

// miniprogram-ci leaves its forked compiler running: exit explicitly either way.
main().then(
  () => process.exit(0),
  (e) => {
    console.error('[weapp-compile] FAILED:', e instanceof Error ? e.message : e)
    process.exit(1)
  },
)
