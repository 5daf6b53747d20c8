import jsQR from 'jsqr'
import { qrModules } from '@/components/qr-code/encoder'
import { encodeCodewords, rawDataModules, utf8 } from '@/components/qr-code/encoder/codewords'
import { rsDivisor, rsRemainder } from '@/components/qr-code/encoder/reed-solomon'

/** What a camera sees: the symbol with a 4-module quiet zone, 4 px per module, RGBA. */
function scan(modules: boolean[][]): string | undefined {
  const m = 4
  const side = (modules.length + 8) * m
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255)
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return
      for (let py = (y + 4) * m; py < (y + 5) * m; py++) {
        for (let px = (x + 4) * m; px < (x + 5) * m; px++) rgba.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
      }
    }),
  )
  return jsQR(rgba, side, side)?.data
}

/** A deterministic pseudo-random member-code-like string (the test must not be flaky). */
function sample(seed: number, length: number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'
  let s = seed
  let out = ''
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648
    out += chars[s % chars.length]
  }
  return out
}

describe('QR encoder', () => {
  test('Reed–Solomon: the ISO 18004 example (version 1-M "01234567")', () => {
    const data = [0x10, 0x20, 0x0c, 0x56, 0x61, 0x80, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11]
    expect(rsRemainder(data, rsDivisor(10))).toEqual([0xa5, 0x24, 0xd4, 0xc1, 0xed, 0x36, 0xc7, 0x87, 0x2c, 0x55])
  })

  test.each([
    [1, 208],
    [2, 359],
    [7, 1568],
    [10, 2768],
  ])('version %d has %d data and error correction modules', (version, modules) => {
    expect(rawDataModules(version)).toBe(modules)
  })

  test('UTF-8 bytes', () => {
    expect(utf8('a©中😀')).toEqual([0x61, 0xc2, 0xa9, 0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x98, 0x80])
  })

  test.each([
    [1, 1],
    [14, 1],
    [15, 2],
    [70, 5],
    [213, 10],
  ])('%d bytes fit version %d', (length, version) => {
    expect(encodeCodewords('x'.repeat(length)).version).toBe(version)
  })

  test('more than version 10 holds is refused', () => {
    expect(() => qrModules('x'.repeat(214))).toThrow(RangeError)
  })

  test('a member code scans back to itself', () => {
    const code = 'M.xianguo.880012345678.mi0k2a3b.Zm9vYmFyYmF6.AbCdEfGhIjKlMnOpQrStUv'
    const modules = qrModules(code)
    expect(modules).toHaveLength(37) // version 5
    expect(scan(modules)).toBe(code)
  })

  test('every length from 1 to 213 bytes (versions 1–10, all masks in play) scans back', () => {
    const failures: number[] = []
    for (let length = 1; length <= 213; length++) {
      const text = sample(length, length)
      if (scan(qrModules(text)) !== text) failures.push(length)
    }
    expect(failures).toEqual([])
  })

  test('Chinese text scans back', () => {
    const text = '鲜果会员 · 徐汇滨江店'
    expect(scan(qrModules(text))).toBe(text)
  })
})
