import { code128Values, code128Widths } from '@/features/member/logic/code128'

/** Modules as a bit string: bars 1, spaces 0. */
const bits = (widths: number[]) => widths.map((w, i) => (i % 2 ? '0' : '1').repeat(w)).join('')

describe('Code 128', () => {
  test.each([
    // Reference symbols as published with JsBarcode's tests.
    ['a@B=1', '110100100001001011000011000110110100010110001110011001010011100110110111001001100011101011'],
    ['123456', '11010011100101100111001000101100011100010110100011011101100011101011'],
  ])('%s encodes to the reference symbol', (text, expected) => {
    expect(bits(code128Widths(text))).toBe(expected)
  })

  test('every symbol is 11 modules, the stop 13, with even bar parity', () => {
    const widths = code128Widths('M.xg.880012345678.mb1x2y3z.AbC-_9.sig')
    const symbols = (widths.length - 7) / 6
    for (let s = 0; s < symbols; s++) {
      const w = widths.slice(s * 6, s * 6 + 6)
      expect(w.reduce((a, b) => a + b, 0)).toBe(11)
      expect((w[0] + w[2] + w[4]) % 2).toBe(0)
    }
    expect(widths.slice(-7).reduce((a, b) => a + b, 0)).toBe(13)
  })

  test('checksum: start counts once, then each value by its position (PJJ123C → 54)', () => {
    // Start B 104, P 48, J 42, J 42, then set C is not worth it for 3 digits in the middle.
    const values = code128Values('PJJ123C')
    expect(values.slice(0, -1)).toEqual([104, 48, 42, 42, 17, 18, 19, 35])
    expect(values[values.length - 1]).toBe((104 + 48 + 42 * 2 + 42 * 3 + 17 * 4 + 18 * 5 + 19 * 6 + 35 * 7) % 103)
  })

  test.each([
    ['digits only, even', '880012345678', [105, 88, 0, 12, 34, 56, 78]],
    ['odd digits ending the text: first digit in B', '12345', [104, 17, 99, 23, 45]],
    ['digits at the start, then letters: C then B', '1234ab', [105, 12, 34, 100, 65, 66]],
    ['odd run at the start keeps its last digit for B', '12345a', [105, 12, 34, 100, 21, 65]],
    ['6 digits in the middle switch to C and back', 'a123456b', [104, 65, 99, 12, 34, 56, 100, 66]],
    ['4 digits in the middle stay in B', 'a1234b', [104, 65, 17, 18, 19, 20, 66]],
    ['4 digits at the end switch to C', 'ab1234', [104, 65, 66, 99, 12, 34]],
  ])('%s', (_name, text, expected) => {
    expect(code128Values(text).slice(0, -1)).toEqual(expected)
  })

  test.each([[''], ['tab\there'], ['中文']])('refuses %j', (text) => {
    expect(() => code128Values(text)).toThrow(RangeError)
  })
})
