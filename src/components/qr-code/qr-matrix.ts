/**
 * A QR code as rows of dark runs, for a renderer made of plain views (no canvas): the
 * same markup works in the weapp and the H5 build.
 */
import { qrModules } from './encoder'

/** A dark stretch of a row or a barcode: first module and length, in modules. */
export type Run = readonly [start: number, length: number]

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number
  rows: Run[][]
}

/** Runs of `true` in a line of modules. */
export function darkRuns(line: readonly boolean[]): Run[] {
  const runs: Run[] = []
  let start = -1
  line.forEach((dark, i) => {
    if (dark && start < 0) start = i
    if (!dark && start >= 0) {
      runs.push([start, i - start])
      start = -1
    }
  })
  if (start >= 0) runs.push([start, line.length - start])
  return runs
}

/** Medium error correction: survives a scuffed screen and keeps the code small. */
export function qrMatrix(text: string): QrMatrix {
  const modules = qrModules(text)
  return { size: modules.length, rows: modules.map(darkRuns) }
}

/** Bar widths (bar, space, bar…) as dark runs on a line of modules. */
export function runsOfWidths(widths: readonly number[]): { total: number; runs: Run[] } {
  const runs: Run[] = []
  let at = 0
  widths.forEach((w, i) => {
    if (i % 2 === 0) runs.push([at, w])
    at += w
  })
  return { total: at, runs }
}

/**
 * One CSS background that paints the runs as hard-edged stripes (one view per row instead
 * of one per module). `offset` shifts the runs right by that many modules (quiet zone).
 */
export function stripes(runs: readonly Run[], modulePx: number, offset = 0, ink = '#111'): string {
  if (!runs.length) return 'none'
  const stops = runs.map(([start, length]) => {
    const from = (start + offset) * modulePx
    const to = from + length * modulePx
    return `transparent ${px(from)},${ink} ${px(from)},${ink} ${px(to)},transparent ${px(to)}`
  })
  return `linear-gradient(to right,${stops.join(',')})`
}

const px = (n: number) => `${Math.round(n * 100) / 100}px`
