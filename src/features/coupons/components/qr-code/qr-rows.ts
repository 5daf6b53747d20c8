import { create } from 'qrcode/lib/core/qrcode'

/** A stretch of same-coloured modules in one row of the symbol. */
export type QrRun = { dark: boolean; length: number }

export interface QrRows {
  /** Modules per side. */
  size: number
  /** Each row as alternating runs, so a row renders as a handful of boxes, not `size` of them. */
  rows: QrRun[][]
}

export interface ModuleGrid {
  size: number
  get(row: number, col: number): number | boolean
}

/** Run-length encodes each row of a module grid. */
export function toRuns(grid: ModuleGrid): QrRows {
  const rows: QrRun[][] = []
  for (let r = 0; r < grid.size; r++) {
    const runs: QrRun[] = []
    for (let c = 0; c < grid.size; c++) {
      const dark = !!grid.get(r, c)
      const last = runs[runs.length - 1]
      if (last && last.dark === dark) last.length++
      else runs.push({ dark, length: 1 })
    }
    rows.push(runs)
  }
  return { size: grid.size, rows }
}

/**
 * The QR symbol of `text` (error correction M: a phone screen under a till scanner),
 * encoded in plain JS so it renders as Views in the mini program and the browser alike.
 */
export const qrRows = (text: string): QrRows => toRuns(create(text, { errorCorrectionLevel: 'M' }).modules)
