import { qrRows, toRuns } from '@/features/coupons/components/qr-code/qr-rows'

describe('toRuns', () => {
  test('run-length encodes each row, starting with whatever colour comes first', () => {
    const grid = [
      [1, 1, 0, 1],
      [0, 0, 0, 0],
      [1, 0, 1, 0],
      [1, 1, 1, 1],
    ]
    const runs = toRuns({ size: 4, get: (r, c) => grid[r][c] })
    expect(runs.rows).toEqual([
      [{ dark: true, length: 2 }, { dark: false, length: 1 }, { dark: true, length: 1 }],
      [{ dark: false, length: 4 }],
      [{ dark: true, length: 1 }, { dark: false, length: 1 }, { dark: true, length: 1 }, { dark: false, length: 1 }],
      [{ dark: true, length: 4 }],
    ])
  })
})

describe('qrRows', () => {
  const code = 'C1.xianguo.0123456789abcdef01234567.1800000000000.AbCdEfGhIjKl.0123456789abcdefghijkl'

  test('every row covers the whole symbol width', () => {
    const { size, rows } = qrRows(code)
    expect(size).toBeGreaterThanOrEqual(21)
    expect((size - 17) % 4).toBe(0)
    expect(rows).toHaveLength(size)
    for (const row of rows) expect(row.reduce((n, r) => n + r.length, 0)).toBe(size)
  })

  test('the finder pattern sits in the top-left corner: 7 dark, then light', () => {
    const { rows } = qrRows(code)
    expect(rows[0][0]).toEqual({ dark: true, length: 7 })
    expect(rows[0][1].dark).toBe(false)
  })

  test('the same text gives the same symbol; another text another one', () => {
    expect(qrRows(code)).toEqual(qrRows(code))
    expect(qrRows(code)).not.toEqual(qrRows(`${code}x`))
  })
})
