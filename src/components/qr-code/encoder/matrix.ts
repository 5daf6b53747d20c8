/**
 * Drawing a QR symbol: function patterns (finders, timing, alignment, format and version
 * information), the codewords in their zigzag, and the data mask.
 */
export type Grid = boolean[][]

export interface QrSymbol {
  size: number
  modules: Grid
  /** Function modules: never masked, never data. */
  reserved: Grid
}

const bit = (value: number, i: number) => ((value >>> i) & 1) !== 0

/** Centres of the alignment patterns along one axis. */
function alignmentPositions(version: number, size: number): number[] {
  if (version === 1) return []
  const count = Math.floor(version / 7) + 2
  const step = Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2
  const result = [6]
  for (let pos = size - 7; result.length < count; pos -= step) result.splice(1, 0, pos)
  return result
}

export function drawFunctionPatterns(version: number): QrSymbol {
  const size = version * 4 + 17
  const grid = () => Array.from({ length: size }, () => new Array<boolean>(size).fill(false))
  const sym: QrSymbol = { size, modules: grid(), reserved: grid() }
  const set = (x: number, y: number, dark: boolean) => {
    sym.modules[y][x] = dark
    sym.reserved[y][x] = true
  }
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0)
    set(i, 6, i % 2 === 0)
  }
  for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]]) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const d = Math.max(Math.abs(dx), Math.abs(dy))
        const x = cx + dx
        const y = cy + dy
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, d !== 2 && d !== 4)
      }
    }
  }
  const align = alignmentPositions(version, size)
  const last = align.length - 1
  align.forEach((ax, i) =>
    align.forEach((ay, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return // finders
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1)
    }),
  )
  drawFormatBits(sym, 0) // reserves the area; redrawn with the chosen mask
  if (version >= 7) {
    let rem = version
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25)
    const bits = (version << 12) | rem
    for (let i = 0; i < 18; i++) {
      const a = size - 11 + (i % 3)
      const b = Math.floor(i / 3)
      set(a, b, bit(bits, i))
      set(b, a, bit(bits, i))
    }
  }
  return sym
}

/** Format information for level M (bits 00) and `mask`, both copies, and the dark module. */
export function drawFormatBits(sym: QrSymbol, mask: number) {
  const { size } = sym
  const set = (x: number, y: number, dark: boolean) => {
    sym.modules[y][x] = dark
    sym.reserved[y][x] = true
  }
  const data = (0 << 3) | mask
  let rem = data
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537)
  const bits = ((data << 10) | rem) ^ 0x5412
  for (let i = 0; i <= 5; i++) set(8, i, bit(bits, i))
  set(8, 7, bit(bits, 6))
  set(8, 8, bit(bits, 7))
  set(7, 8, bit(bits, 8))
  for (let i = 9; i < 15; i++) set(14 - i, 8, bit(bits, i))
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(bits, i))
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(bits, i))
  set(8, size - 8, true)
}

/** Codeword bits in the zigzag, right to left in column pairs, skipping the timing column. */
export function drawCodewords(sym: QrSymbol, codewords: readonly number[]) {
  const { size } = sym
  let i = 0
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j
        const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert
        if (!sym.reserved[y][x] && i < codewords.length * 8) {
          sym.modules[y][x] = bit(codewords[i >>> 3], 7 - (i & 7))
          i++
        }
      }
    }
  }
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
]

/** XORs a mask over the data modules (applying it twice undoes it). */
export function applyMask(sym: QrSymbol, mask: number) {
  const flip = MASKS[mask]
  for (let y = 0; y < sym.size; y++) for (let x = 0; x < sym.size; x++) if (!sym.reserved[y][x] && flip(x, y)) sym.modules[y][x] = !sym.modules[y][x]
}
