import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BUDGETS, checkBudgets } from '../../scripts/deploy/budgets'
import { execFileSync } from 'node:child_process'
import { measureFunctionBundles } from '../../scripts/size/measure'

const KB = 1024
/** Incompressible JavaScript of about `bytes` bytes (a string literal of random hex). */
const filler = (bytes: number) => `module.exports = '${crypto.randomBytes(Math.floor(bytes / 2) - 10).toString('hex')}'\n`

describe('checkBudgets', () => {
  const within = { mainPackageBytes: 550 * KB, subPackages: { 'packages/points': 120 * KB }, functionBundles: { member: 80 * KB }, h5FirstScreenGzipBytes: 140 * KB }

  test('all within budget is ok', () => {
    expect(checkBudgets(within).ok).toBe(true)
  })

  test.each([
    ['main package', { mainPackageBytes: BUDGETS.mainPackage + 1 }, 'weapp main package'],
    ['a subpackage', { subPackages: { 'packages/orders': BUDGETS.subPackage + 1 } }, 'weapp subpackage packages/orders'],
    ['the total', { subPackages: { a: 390 * KB, b: 390 * KB, c: 390 * KB, d: 390 * KB } }, 'weapp total'],
    ['a function bundle', { functionBundles: { order: BUDGETS.functionBundle + 1 } }, 'cloud function order'],
    ['the H5 first screen', { h5FirstScreenGzipBytes: BUDGETS.h5FirstScreenGzip + 1 }, 'H5 first screen JS (gzip)'],
  ])('one byte over on %s fails, and names it', (_what, over, name) => {
    const { ok, lines } = checkBudgets({ ...within, ...over })
    expect(ok).toBe(false)
    expect(lines.filter((l) => !l.ok).map((l) => l.what)).toEqual([name])
  })

  test('exactly at a budget is ok', () => {
    expect(checkBudgets({ mainPackageBytes: BUDGETS.mainPackage, subPackages: {} }).ok).toBe(true)
  })
})

describe('measured over-budget fixtures fail the check', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-fixture-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  test('a cloud function bundle over 300 KB (node_modules not counted)', () => {
    const root = path.join(dir, 'functions')
    for (const [name, bytes] of [['small', 10 * KB], ['big', 310 * KB]] as const) {
      fs.mkdirSync(path.join(root, name, 'node_modules'), { recursive: true })
      fs.writeFileSync(path.join(root, name, 'index.js'), filler(bytes))
      fs.writeFileSync(path.join(root, name, 'node_modules', 'dep.js'), filler(500 * KB))
    }
    const bundles = measureFunctionBundles(root)
    const { ok, lines } = checkBudgets({ functionBundles: bundles })
    expect(ok).toBe(false)
    expect(lines.filter((l) => !l.ok).map((l) => l.what)).toEqual(['cloud function big'])
    expect(bundles.small).toBeLessThan(20 * KB)
  })

  test('a weapp subpackage over 400 KB, as miniprogram-ci counts it', () => {
    const project = path.join(dir, 'weapp')
    const page = (p: string, bytes = 200) => {
      fs.mkdirSync(path.dirname(path.join(project, p)), { recursive: true })
      fs.writeFileSync(path.join(project, `${p}.js`), bytes > 200 ? filler(bytes) : 'Page({})\n')
      fs.writeFileSync(path.join(project, `${p}.json`), '{}')
      fs.writeFileSync(path.join(project, `${p}.wxml`), '<view>x</view>')
    }
    fs.mkdirSync(project, { recursive: true })
    fs.writeFileSync(path.join(project, 'app.json'), JSON.stringify({ pages: ['pages/home/index'], subPackages: [{ root: 'packages/big', pages: ['pages/index/index'] }] }))
    fs.writeFileSync(path.join(project, 'app.js'), 'App({})\n')
    fs.writeFileSync(path.join(project, 'project.config.json'), JSON.stringify({ appid: 'touristappid', compileType: 'miniprogram' }))
    page('pages/home/index')
    page('packages/big/pages/index/index', 420 * KB)
    // In a process of its own: miniprogram-ci leaves watchers running.
    const tsx = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx')
    const cli = path.join(__dirname, '..', '..', 'scripts', 'size', 'measure-weapp-cli.ts')
    const measured = JSON.parse(execFileSync(tsx, [cli, project], { encoding: 'utf8' }).trim().split('\n').pop() as string)
    const { ok, lines } = checkBudgets({ mainPackageBytes: measured.mainPackageBytes, subPackages: measured.subPackages })
    expect(ok).toBe(false)
    expect(lines.filter((l) => !l.ok).map((l) => l.what)).toEqual(['weapp subpackage packages/big/'])
  })
})
