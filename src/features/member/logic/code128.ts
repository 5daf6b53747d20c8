/**
 * Code 128 (ISO/IEC 15417) for the till's 1D scanners: printable ASCII in code set B,
 * runs of digits packed in pairs in code set C. Returns the bar/space widths in modules,
 * starting with a bar and ending with the stop pattern; quiet zones are the renderer's.
 */

/** Widths (bar, space, bar, space, bar, space) of symbol values 0–105, then the stop. */
const PATTERNS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 ' +
  '221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 ' +
  '221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 ' +
  '212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 ' +
  '231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 ' +
  '231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 ' +
  '314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 ' +
  '112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 ' +
  '111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 ' +
  '214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 ' +
  '114131 311141 411131 211412 211214 211232 2331112'
).split(' ')

const CODE_C = 99
const CODE_B = 100
const START_B = 104
const START_C = 105
const STOP = 106

const isDigit = (ch: string) => ch >= '0' && ch <= '9'

function digitRun(text: string, from: number): number {
  let end = from
  while (end < text.length && isDigit(text[end])) end++
  return end - from
}

/**
 * A run of digits is worth switching to set C when packing saves symbols: 4 at the
 * start or end of the text, 6 in the middle (the switch there and back costs 2).
 */
function worthC(text: string, at: number, run: number): boolean {
  const atEdge = at === 0 || at + run === text.length
  return run >= (atEdge ? 4 : 6)
}

/** Symbol values, start to checksum (without the stop). Throws on non-printable text. */
export function code128Values(text: string): number[] {
  if (!text.length) throw new RangeError('Code 128 needs some text')
  for (const ch of text) {
    const c = ch.charCodeAt(0)
    if (c < 32 || c > 126) throw new RangeError(`Code 128 set B cannot encode ${JSON.stringify(ch)}`)
  }
  const values: number[] = []
  let set: 'B' | 'C' | undefined
  const use = (next: 'B' | 'C') => {
    if (set === next) return
    values.push(set === undefined ? (next === 'B' ? START_B : START_C) : next === 'B' ? CODE_B : CODE_C)
    set = next
  }
  let i = 0
  while (i < text.length) {
    const run = digitRun(text, i)
    if (worthC(text, i, run)) {
      // An odd run keeps one digit for set B: the last one, unless the run ends the text.
      if (run % 2 === 1 && i + run === text.length) {
        use('B')
        values.push(text.charCodeAt(i++) - 32)
      }
      use('C')
      for (let pairs = Math.floor(digitRun(text, i) / 2); pairs > 0; pairs--, i += 2) values.push(Number(text.slice(i, i + 2)))
      continue
    }
    use('B')
    values.push(text.charCodeAt(i++) - 32)
  }
  // Weighted sum: the start symbol counts once, then each symbol by its position.
  const checksum = values.reduce((sum, v, k) => sum + v * Math.max(k, 1), 0) % 103
  return [...values, checksum]
}

/** Bar/space widths in modules of the whole symbol, stop included (bar first). */
export function code128Widths(text: string): number[] {
  return [...code128Values(text), STOP].flatMap((v) => PATTERNS[v].split('').map(Number))
}
