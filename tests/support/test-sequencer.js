/**
 * Jest's order, with the index coverage test last: it reads the query shapes that the
 * function suites of this run record (tests/support/query-shapes.ts). The run's start and
 * the function suites it includes are written to build/query-shapes/run.json.
 */
const fs = require('node:fs')
const path = require('node:path')
const Sequencer = require('@jest/test-sequencer').default

const SHAPES_DIR = path.join(__dirname, '..', '..', 'build', 'query-shapes')
const COVERAGE = /index-coverage\.test\.ts$/
const FUNCTION_SUITES = path.join(__dirname, '..', 'cloudfunctions')

class IndexCoverageLast extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    const ordered = [...sorted.filter((t) => !COVERAGE.test(t.path)), ...sorted.filter((t) => COVERAGE.test(t.path))]
    const cloudFiles = ordered
      .map((t) => t.path)
      .filter((p) => p.startsWith(FUNCTION_SUITES) && fs.readFileSync(p, 'utf8').includes('startTestCloud('))
      .map((p) => path.relative(path.join(__dirname, '..', '..'), p))
    fs.mkdirSync(SHAPES_DIR, { recursive: true })
    fs.writeFileSync(path.join(SHAPES_DIR, 'run.json'), JSON.stringify({ startedAt: Date.now(), cloudFiles }))
    return ordered
  }
}

module.exports = IndexCoverageLast
