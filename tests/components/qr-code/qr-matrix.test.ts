import { darkRuns, qrMatrix, runsOfWidths, stripes } from '@/components/qr-code/qr-matrix'

describe('darkRuns', () => {
  test.each([
    [[], []],
    [[false, false], []],
    [[true], [[0, 1]]],
    [[true, true, false, true], [[0, 2], [3, 1]]],
    [[false, true, true, true], [[1, 3]]],
  ])('%j → %j', (line, runs) => {
    expect(darkRuns(line)).toEqual(runs)
  })
})

describe('qrMatrix', () => {
  const code = 'M.xianguo.880012345678.mi0k2a3b.Zm9vYmFyYmF6.AbCdEfGhIjKlMnOpQrStUv'

  test('a member code fits a small version with finder patterns in three corners', () => {
    const { size, rows } = qrMatrix(code)
    expect(size).toBeGreaterThanOrEqual(29)
    expect(size).toBeLessThanOrEqual(41)
    expect(rows).toHaveLength(size)
    // Row 0: 7 dark (finder), …, 7 dark (finder). Last row starts with a finder.
    expect(rows[0][0]).toEqual([0, 7])
    expect(rows[0][rows[0].length - 1]).toEqual([size - 7, 7])
    expect(rows[size - 1][0]).toEqual([0, 7])
    // Row 1 of a finder: dark, 5 light, dark.
    expect(rows[1].slice(0, 2)).toEqual([[0, 1], [6, 1]])
  })

  test('the same text gives the same matrix; another text another one', () => {
    expect(qrMatrix(code)).toEqual(qrMatrix(code))
    expect(qrMatrix(code)).not.toEqual(qrMatrix(code.replace('mi0k2a3b', 'mi0k2a3c')))
  })
})

describe('runsOfWidths and stripes', () => {
  test('bars become runs, spaces the gaps between them', () => {
    expect(runsOfWidths([2, 1, 1, 3, 2])).toEqual({ total: 9, runs: [[0, 2], [3, 1], [7, 2]] })
  })

  test('a hard-edged gradient at whole pixels, shifted by the quiet zone', () => {
    expect(stripes([[0, 2], [3, 1]], 3, 1)).toBe(
      'linear-gradient(to right,transparent 3px,#111 3px,#111 9px,transparent 9px,transparent 12px,#111 12px,#111 15px,transparent 15px)',
    )
    expect(stripes([], 3)).toBe('none')
  })
})
