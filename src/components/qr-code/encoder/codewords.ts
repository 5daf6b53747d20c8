/**
 * From text to the final codeword sequence: byte mode (UTF-8), error correction level M,
 * versions 1–10 (up to 213 bytes; a member code is about 70). Tables from ISO/IEC 18004.
 */
import { rsDivisor, rsRemainder } from './reed-solomon'

/** Level M, versions 1–10: error correction codewords per block, and number of blocks. */
const ECC_PER_BLOCK = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26]
const BLOCKS = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5]
export const MAX_VERSION = 10

/** Modules left for data and error correction once the function patterns are drawn. */
export function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2
    result -= (25 * align - 10) * align - 55
    if (version >= 7) result -= 36
  }
  return result
}

const dataCodewords = (v: number) => Math.floor(rawDataModules(v) / 8) - ECC_PER_BLOCK[v - 1] * BLOCKS[v - 1]

export function utf8(text: string): number[] {
  const bytes: number[] = []
  for (const ch of text) {
    const c = ch.codePointAt(0) as number
    if (c < 0x80) bytes.push(c)
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return bytes
}

/** The smallest version that holds the text, and its interleaved codewords. */
export function encodeCodewords(text: string): { version: number; codewords: number[] } {
  const bytes = utf8(text)
  const countBits = (v: number) => (v < 10 ? 8 : 16)
  let version = 1
  while (4 + countBits(version) + 8 * bytes.length > dataCodewords(version) * 8) {
    if (++version > MAX_VERSION) throw new RangeError(`text too long for a QR code here: ${bytes.length} bytes`)
  }
  const bits: number[] = []
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1)
  }
  put(0b0100, 4)
  put(bytes.length, countBits(version))
  bytes.forEach((b) => put(b, 8))
  const capacity = dataCodewords(version) * 8
  put(0, Math.min(4, capacity - bits.length))
  put(0, (8 - (bits.length % 8)) % 8)
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) put(pad, 8)
  const data: number[] = []
  for (let i = 0; i < bits.length; i += 8) data.push(parseInt(bits.slice(i, i + 8).join(''), 2))
  return { version, codewords: interleave(data, version) }
}

/** Splits data into blocks, adds each block's error correction, interleaves them. */
function interleave(data: number[], version: number): number[] {
  const numBlocks = BLOCKS[version - 1]
  const eccLen = ECC_PER_BLOCK[version - 1]
  const raw = Math.floor(rawDataModules(version) / 8)
  const numShort = numBlocks - (raw % numBlocks)
  const shortLen = Math.floor(raw / numBlocks)
  const divisor = rsDivisor(eccLen)
  const blocks: number[][] = []
  for (let i = 0, k = 0; i < numBlocks; i++) {
    const block = data.slice(k, k + shortLen - eccLen + (i < numShort ? 0 : 1))
    k += block.length
    const ecc = rsRemainder(block, divisor)
    if (i < numShort) block.push(0) // placeholder, skipped below
    blocks.push(block.concat(ecc))
  }
  const result: number[] = []
  for (let i = 0; i < blocks[0].length; i++) {
    blocks.forEach((block, j) => {
      if (i !== shortLen - eccLen || j >= numShort) result.push(block[i])
    })
  }
  return result
}
