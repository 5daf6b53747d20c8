/**
 * `npm run size`: every size budget (scripts/deploy/budgets.ts) after `npm run build`:
 * the weapp main package, each subpackage and the total as WeChat counts them, each cloud
 * function bundle, and the H5 first screen. Writes reports/size.json; exits 1 when any
 * budget is exceeded.
 */
import fs from 'node:fs'
import path from 'node:path'
import { checkBudgets, formatBudgetLine, kb } from './deploy/budgets'
import { measureAll, ROOT } from './size/measure'

async function main() {
  const m = await measureAll()
  const { ok, lines } = checkBudgets(m)
  for (const line of lines) console.log(formatBudgetLine(line))
  console.log('largest main-package files:')
  for (const file of m.topFiles) console.log(`  ${kb(file.bytes).padStart(9)}  ${file.path}`)
  console.log('H5 first screen files:')
  for (const file of m.h5Files) console.log(`  ${kb(file.gzipBytes).padStart(9)}  ${file.path} (${kb(file.bytes)} raw)`)
  fs.mkdirSync(path.join(ROOT, 'reports'), { recursive: true })
  fs.writeFileSync(path.join(ROOT, 'reports', 'size.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), ok, lines, ...m }, null, 2)}\n`)
  console.log(ok ? 'size budgets: OK' : 'size budgets: EXCEEDED')
  return ok
}

// miniprogram-ci leaves its forked compiler running: exit explicitly either way.
main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error('[size-check]', error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
