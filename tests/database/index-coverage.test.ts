/**
 * Every query shape the functions used during this test run (recorded by the local cloud
 * in each function suite: equality fields, range fields, sort) is served by an index
 * declared in database/schema.ts. Nothing here is a hand-kept list: a new query in a
 * function shows up as soon as a test exercises it.
 */
import fs from 'node:fs'
import { schema } from '../../database/schema'
import { describeShape, shapeServed, suggestIndex } from '../../local-cloud/query-plan'
import { readRun, readShapeFiles, shapesFileOf } from '../support/query-shapes'
import path from 'node:path'

const ROOT = path.join(__dirname, '..', '..')

/** Waits for the function suites of this run to write their shapes (other workers may still run). */
async function waitForSuites(deadline: number): Promise<string[]> {
  const run = readRun()
  if (!run) return []
  const pending = () =>
    run.cloudFiles.filter((f) => {
      const file = shapesFileOf(path.join(ROOT, f))
      return !fs.existsSync(file) || JSON.parse(fs.readFileSync(file, 'utf8')).writtenAt < run.startedAt
    })
  while (pending().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500))
  return pending()
}

test('every query shape the functions used is served by a declared index', async () => {
  const missing = await waitForSuites(Date.now() + 240_000)
  if (missing.length) console.warn(`index coverage: no shapes from this run yet for ${missing.join(', ')} (earlier runs' shapes are used)`)
  const files = readShapeFiles()
  expect(files.length).toBeGreaterThan(0)
  const indexes = new Map(schema.collections.map((c) => [c.name as string, ((c as { indexes?: { fields: readonly string[] }[] }).indexes ?? []).map((i) => i.fields)]))
  const unserved = new Map<string, string>()
  for (const file of files) {
    for (const { shape } of file.shapes) {
      if (shapeServed(indexes.get(shape.collection) ?? [], shape)) continue
      const index = suggestIndex(shape)
      const fix = shape.unsupported
        ? 'no index serves $or/$expr: make one query per branch'
        : `add to collection '${shape.collection}' in database/schema.ts: { name: '${index.name}', fields: ${JSON.stringify(index.fields)} }`
      unserved.set(describeShape(shape), `${describeShape(shape)}\n    used in ${file.testFile}\n    ${fix}`)
    }
  }
  if (unserved.size) throw new Error(`${unserved.size} query shape(s) have no index:\n  ${[...unserved.values()].join('\n  ')}`)
  expect(files.flatMap((f) => f.shapes).length).toBeGreaterThan(10)
}, 300_000)
