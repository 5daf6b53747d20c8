/**
 * Package sizes for the bench report: the weapp packages as WeChat counts them
 * (miniprogram-ci, in a process of its own), the ten largest modules of the main package
 * (from a weapp build with hidden source maps, build/weapp-sourcemap), the H5 first
 * screen gzipped, the cloud function bundles, and every budget's verdict. Builds first,
 * unless SKIP_BUILD=1 (then what is built is measured).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { checkBudgets } from '../deploy/budgets'
import { largestModules, weappMainPackageScripts } from '../size/source-map-modules'
import { measureFunctionBundles, measureH5FirstScreen } from '../size/measure'
import { FUNCTIONS_OUT } from '../build-functions'

const ROOT = path.resolve(__dirname, '..', '..')
const WEAPP = path.join(ROOT, 'dist')
const H5 = path.join(ROOT, 'dist-h5')
const WEAPP_MAPPED = path.join(ROOT, 'build', 'weapp-sourcemap')

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production', ...env } })

function build() {
  console.log('› bench: building weapp, H5 and a source-mapped weapp …')
  run('npm', ['run', 'build:weapp'])
  run('npm', ['run', 'build:h5'])
  run('npx', ['taro', 'build', '--type', 'weapp'], { BUNDLE_SOURCEMAP: '1', WEAPP_OUT: path.relative(ROOT, WEAPP_MAPPED) })
}

export async function benchSizes() {
  if (process.env.SKIP_BUILD !== '1') build()
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx')
  const weapp = JSON.parse(execFileSync(tsx, [path.join(ROOT, 'scripts', 'size', 'measure-weapp-cli.ts'), WEAPP], { encoding: 'utf8' }).trim().split('\n').pop() as string) as {
    mainPackageBytes: number
    subPackages: Record<string, number>
    topFiles: { path: string; bytes: number }[]
  }
  const modules = fs.existsSync(path.join(WEAPP_MAPPED, 'app.json')) ? largestModules(WEAPP_MAPPED, weappMainPackageScripts(WEAPP_MAPPED)) : []
  const h5 = measureH5FirstScreen(H5)
  const functionBundles = measureFunctionBundles(FUNCTIONS_OUT)
  const budgets = checkBudgets({ mainPackageBytes: weapp.mainPackageBytes, subPackages: weapp.subPackages, functionBundles, h5FirstScreenGzipBytes: h5.gzipBytes })
  return { ...weapp, mainPackageModules: modules, h5FirstScreenGzipBytes: h5.gzipBytes, h5Files: h5.files, functionBundles, budgets }
}
