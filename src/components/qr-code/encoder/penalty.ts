import type { Grid } from './matrix'

/**
 * How hard a masked symbol is to read (ISO/IEC 18004 §7.8.3): long runs, 2×2 blocks,
 * finder-like patterns and an unbalanced dark share each cost points; the lowest wins.
 */
export function penalty(m: Grid): number {
  const size = m.length
  const at = (x: number, y: number, vertical: boolean) => (vertical ? m[x][y] : m[y][x])
  let score = 0
  for (const vertical of [false, true]) {
    for (let y = 0; y < size; y++) {
      let run = 1
      for (let x = 1; x <= size; x++) {
        if (x < size && at(x, y, vertical) === at(x - 1, y, vertical)) {
          run++
          continue
        }
        if (run >= 5) score += 3 + (run - 5)
        run = 1
      }
      // 1:1:3:1:1 with four light modules on either side (outside the symbol counts as light).
      for (let x = -4; x < size; x++) {
        const dark = (i: number) => x + i >= 0 && x + i < size && at(x + i, y, vertical)
        const core = dark(4) && !dark(5) && dark(6) && dark(7) && dark(8) && !dark(9) && dark(10)
        if (!core) continue
        const lightBefore = !dark(0) && !dark(1) && !dark(2) && !dark(3)
        const lightAfter = !dark(11) && !dark(12) && !dark(13) && !dark(14)
        if (lightBefore || lightAfter) score += 40
      }
    }
  }
  let dark = 0
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (m[y][x]) dark++
      if (x < size - 1 && y < size - 1 && m[y][x] === m[y][x + 1] && m[y][x] === m[y + 1][x] && m[y][x] === m[y + 1][x + 1]) score += 3
    }
  }
  const total = size * size
  score += (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10
  return score
}
