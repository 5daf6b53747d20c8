/**
 * `npm run e2e`: the H5 build, served by the local cloud with fresh demo data in memory,
 * driven by Debian's Chromium through playwright-core. Every flow in e2e/flows runs in
 * its own browser context and leaves screenshots in e2e-shots/. Needs `npm run build:h5`.
 * `--docs` copies the screenshots the README shows into docs/screenshots/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { flowContext, SHOTS, type Flow } from '../e2e/harness'
import { buildFunctions } from './build-functions'
import { CHROMIUM, startProduct } from './product-process'
import { H5_DIST, ROOT } from './serve'

const FLOWS = path.join(ROOT, 'e2e', 'flows')
const DOC_SHOTS = ['shell-home', 'member-join-landing', 'member-card-silver', 'member-code', 'coupons-center', 'coupons-wallet-badge', 'points-center', 'points-mall', 'signin-calendar', 'signin-done', 'member-code-scan-awarded', 'signin-makeup-trap-warning', 'points-double-tap-history-details', 'layout-320-join-sheet-320', 'layout-320-records-320', 'coupons-detail', 'coupons-till-digits', 'layout-320-code-sheet-320']

async function main() {
  if (!fs.existsSync(path.join(H5_DIST, 'index.html'))) throw new Error(`no H5 build in ${H5_DIST}: run npm run build:h5 first`)
  await buildFunctions()
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'))
  const flows: Flow[] = fs
    .readdirSync(FLOWS)
    .filter((f) => f.endsWith('.flow.ts') && (!only.length || only.some((o) => f.includes(o))))
    .sort()
    .map((f) => require(path.join(FLOWS, f)).flow as Flow)
    .filter((flow) => {
      if (!flow.quarantined || only.length) return true
      console.log(`- ${flow.name}: quarantined (${flow.quarantined})`)
      return false
    })
  fs.rmSync(SHOTS, { recursive: true, force: true })
  const browser = await chromium.launch(CHROMIUM)
  let passed = 0
  let failed = 0
  for (const flow of flows) {
    // Each flow gets its own product with fresh demo data: flows that move the dev clock or
    // spend shared stock cannot change what the next one sees.
    const server = await startProduct()
    const { ctx, close } = await flowContext(browser, server.url, flow.name)
    // Monotonic time, whatever the product's dev clock says.
    const started = performance.now()
    try {
      await flow.run(ctx)
      passed++
      console.log(`✓ ${flow.name} (${Math.round(performance.now() - started)} ms)`)
    } catch (e) {
      failed++
      await ctx.shot('FAILED').catch(() => undefined)
      console.log(`✕ ${flow.name}: ${(e as Error).message}`)
    } finally {
      await close()
      server.stop()
    }
  }
  await browser.close()
  if (process.argv.includes('--docs')) {
    const out = path.join(ROOT, 'docs', 'screenshots')
    fs.mkdirSync(out, { recursive: true })
    for (const name of DOC_SHOTS) {
      const file = path.join(SHOTS, `${name}.png`)
      if (fs.existsSync(file)) fs.copyFileSync(file, path.join(out, `${name}.png`))
    }
  }
  console.log(`\nscreenshots: ${path.relative(ROOT, SHOTS)}/`)
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
