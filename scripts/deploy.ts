/**
 * `npm run deploy`: puts this project in front of members with the merchant's own
 * credentials (environment variables, never committed):
 *   1. builds (unless SKIP_BUILD=1), checks the weapp compiles as WeChat compiles it and
 *      that every size budget holds;
 *   2. sets up the database from database/schema.ts (collections, indexes, 仅管理端可读写);
 *   3. uploads each cloud function (dependencies installed in the cloud), sets its
 *      timeout and environment variables, creates its timer triggers;
 *   4. uploads a version of the mini program.
 * `npm run deploy -- --dry-run` does every offline step and prints what would be uploaded
 * and the database plan against an empty environment. CI runs it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { schema } from '../database/schema'
import { checkBudgets, formatBudgetLine, kb } from './deploy/budgets'
import { applyDatabasePlan, readDatabase, type DatabaseManager } from './deploy/cloudbase-database'
import { describeStep, planDatabase } from './deploy/database-plan'
import { functionBundles, type FunctionBundle } from './deploy/function-bundles'
import { measureAll, ROOT } from './size/measure'

const dryRun = process.argv.includes('--dry-run')
const FUNCTIONS_DIR = path.join(ROOT, 'build', 'cloudfunctions')
const DEFAULT_TIMEOUT_S = 3
/** Environment variables every function gets, when set for the deploy. */
const FUNCTION_ENV = ['MEMBER_CODE_SECRET', 'PAY_SUB_MCH_ID', 'ADMIN_OPENIDS']

const say = (line = '') => console.log(line)
const run = (cmd: string, args: string[], env: Record<string, string> = {}) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } })

function required(names: string[]): Record<string, string> {
  const missing = names.filter((n) => !process.env[n])
  if (missing.length) throw new Error(`missing environment variables: ${missing.join(', ')} (see docs/deploy.md)`)
  return Object.fromEntries(names.map((n) => [n, process.env[n] as string]))
}

function build(cloudEnv: string) {
  if (process.env.SKIP_BUILD === '1') return say('› SKIP_BUILD=1: using build/, dist/ and dist-h5/ as they are')
  run('npm', ['run', 'build'], { TARO_APP_CLOUD_ENV: cloudEnv })
}

async function checks() {
  say('› weapp compile check (miniprogram-ci, offline)')
  run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/weapp-compile-check.ts'])
  say('› size budgets')
  const { ok, lines } = checkBudgets(await measureAll())
  for (const line of lines) say(`  ${formatBudgetLine(line)}`)
  if (!ok) throw new Error('a size budget is exceeded: nothing is uploaded')
}

function describeFunction(b: FunctionBundle): string {
  const triggers = (b.config.triggers ?? []).map((t) => `${t.name} (${t.config})`).join(', ') || 'no triggers'
  return `  ${b.name.padEnd(12)} ${kb(b.bytes).padStart(9)}  timeout ${b.config.timeout ?? DEFAULT_TIMEOUT_S} s  ${triggers}  openapi: ${(b.config.permissions?.openapi ?? []).join(', ') || '-'}`
}

function manager(cloudEnv: string): DatabaseManager & { functions: { updateFunctionConfig(f: object): Promise<unknown> } } {
  const { TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey } = required(['TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'])
  // Loaded only for a real deploy: the dry run and the tests never reach Tencent Cloud.
  const CloudBase = require('@cloudbase/manager-node')
  return new (CloudBase.default ?? CloudBase)({ secretId, secretKey, envId: cloudEnv })
}

async function main() {
  const cloudEnv = dryRun ? process.env.CLOUD_ENV || 'dry-run-env' : required(['CLOUD_ENV']).CLOUD_ENV
  build(cloudEnv)
  await checks()
  const bundles = functionBundles(FUNCTIONS_DIR)
  say(`› cloud functions (${bundles.length}), uploaded without node_modules, wx-server-sdk installed in the cloud:`)
  bundles.forEach((b) => say(describeFunction(b)))

  if (dryRun) {
    const plan = planDatabase(schema, [])
    say(`› database plan for an empty environment (${plan.steps.length} steps; a real run reads the environment first and changes only what differs):`)
    plan.steps.forEach((s) => say(`  ${describeStep(s)}`))
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
    say(`› mini program: dist/ would be uploaded as version ${process.env.VERSION ?? pkg.version}`)
    say('dry run: OK (nothing was uploaded)')
    return
  }

  const creds = required(['WX_APPID', 'WX_UPLOAD_KEY_PATH'])
  const ci = await import('miniprogram-ci')
  const project = new ci.Project({ appid: creds.WX_APPID, type: 'miniProgram', projectPath: path.join(ROOT, 'dist'), privateKeyPath: creds.WX_UPLOAD_KEY_PATH, ignores: ['node_modules/**/*'] })
  const cloudbase = manager(cloudEnv)

  say('› database')
  const plan = planDatabase(schema, await readDatabase(cloudbase, schema))
  await applyDatabasePlan(cloudbase, plan, say)
  say(`  ${plan.steps.length} changes, ${plan.unchanged} already right`)
  plan.undeclared.forEach((u) => say(`  note: index ${u.collection}.${u.index} is not in database/schema.ts (left in place)`))

  const envVariables = Object.fromEntries(FUNCTION_ENV.filter((n) => process.env[n]).map((n) => [n, process.env[n] as string]))
  for (const b of bundles) {
    say(`› function ${b.name}`)
    await ci.cloud.uploadFunction({ project, env: cloudEnv, name: b.name, path: b.dir, remoteNpmInstall: true })
    await cloudbase.functions.updateFunctionConfig({ name: b.name, timeout: b.config.timeout ?? DEFAULT_TIMEOUT_S, envVariables })
    if (b.config.triggers?.length) await ci.cloud.createTimeTrigger({ project, envId: cloudEnv, functionName: b.name, triggersConfig: b.config.triggers })
  }

  const version = process.env.VERSION ?? (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
  say(`› mini program ${version}`)
  await ci.upload({ project, version, desc: process.env.DESC ?? `deploy ${new Date().toISOString()}`, setting: { es6: false, minify: true }, robot: 1 })
  say('deployed.')
}

// miniprogram-ci leaves its compiler process running: exit explicitly either way.
main().then(
  () => process.exit(0),
  (e) => {
    console.error('[deploy] FAILED:', e instanceof Error ? e.message : e)
    process.exit(1)
  },
)
