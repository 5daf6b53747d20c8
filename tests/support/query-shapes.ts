/**
 * The query shapes the functions used while the suite ran, one file per test file
 * (`build/query-shapes/<test file>.json`), rewritten each time that file runs. The index
 * coverage test (tests/database/index-coverage.test.ts) checks them against the schema.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { ShapeRecord } from '../../local-cloud/database'

export const SHAPES_DIR = path.join(__dirname, '..', '..', 'build', 'query-shapes')
export const RUN_FILE = path.join(SHAPES_DIR, 'run.json')
const ROOT = path.join(__dirname, '..', '..')

export interface ShapesFile {
  testFile: string
  writtenAt: number
  shapes: ShapeRecord[]
}

export const shapesFileOf = (testFile: string) => path.join(SHAPES_DIR, `${path.relative(ROOT, testFile).replace(/[\\/]/g, '__')}.json`)

/** Called when a test file's cloud closes; several clouds in one file add up. */
export function writeQueryShapes(shapes: Map<string, ShapeRecord>): void {
  const testFile = expect.getState().testPath
  if (!testFile) return
  const file = shapesFileOf(testFile)
  fs.mkdirSync(SHAPES_DIR, { recursive: true })
  const runStarted = readRun()?.startedAt ?? 0
  const before = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ShapesFile) : undefined
  // Shapes of an earlier run of this file are dropped; those of this run are kept.
  const kept = before && before.writtenAt >= runStarted ? before.shapes : []
  const all = new Map(kept.map((r) => [JSON.stringify(r.shape), r]))
  for (const r of shapes.values()) all.set(JSON.stringify(r.shape), r)
  const out: ShapesFile = { testFile: path.relative(ROOT, testFile), writtenAt: Date.now(), shapes: [...all.values()] }
  fs.writeFileSync(file, JSON.stringify(out, null, 1))
}

export interface RunFile {
  startedAt: number
  /** The test files of this run that start a test cloud. */
  cloudFiles: string[]
}

export function readRun(): RunFile | undefined {
  return fs.existsSync(RUN_FILE) ? (JSON.parse(fs.readFileSync(RUN_FILE, 'utf8')) as RunFile) : undefined
}

export function readShapeFiles(): ShapesFile[] {
  if (!fs.existsSync(SHAPES_DIR)) return []
  return fs
    .readdirSync(SHAPES_DIR)
    .filter((f) => f !== 'run.json' && f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(SHAPES_DIR, f), 'utf8')) as ShapesFile)
    .filter((f) => fs.existsSync(path.join(ROOT, f.testFile)))
}
