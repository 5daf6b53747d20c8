/**
 * A small QR Code encoder (byte mode, level M, versions 1–10): all a member code needs,
 * at a fraction of a general-purpose library's size in the main package.
 */
import { encodeCodewords } from './codewords'
import { applyMask, drawCodewords, drawFormatBits, drawFunctionPatterns } from './matrix'
import { penalty } from './penalty'

/** The symbol's modules, `true` = dark, row by row, without the quiet zone. */
export function qrModules(text: string): boolean[][] {
  const { version, codewords } = encodeCodewords(text)
  const sym = drawFunctionPatterns(version)
  drawCodewords(sym, codewords)
  let best = 0
  let bestScore = Infinity
  for (let mask = 0; mask < 8; mask++) {
    applyMask(sym, mask)
    drawFormatBits(sym, mask)
    const score = penalty(sym.modules)
    if (score < bestScore) {
      best = mask
      bestScore = score
    }
    applyMask(sym, mask)
  }
  applyMask(sym, best)
  drawFormatBits(sym, best)
  return sym.modules
}
