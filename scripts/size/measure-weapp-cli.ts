/**
 * Prints miniprogram-ci's package sizes of a weapp folder as JSON, then exits:
 * miniprogram-ci leaves file watchers and a compiler process behind, so callers that
 * must finish cleanly (tests) run it in a process of its own.
 */
import { measureWeapp } from './measure'

measureWeapp(process.argv[2]).then(
  (m) => {
    process.stdout.write(`${JSON.stringify(m)}\n`)
    process.exit(0)
  },
  (e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  },
)
