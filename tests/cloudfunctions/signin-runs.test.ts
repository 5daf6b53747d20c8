import { hasDay, pruneRuns, runDays, withDay } from '../../cloudfunctions/signin/signed-runs'

describe('signed days kept as runs', () => {
  test('adding a day merges it with its neighbours, across months and 29 February', () => {
    let runs = withDay([], '2028-02-28')
    runs = withDay(runs, '2028-03-01')
    expect(runs).toEqual([{ from: '2028-02-28', to: '2028-02-28' }, { from: '2028-03-01', to: '2028-03-01' }])
    runs = withDay(runs, '2028-02-29')
    expect(runs).toEqual([{ from: '2028-02-28', to: '2028-03-01' }])
    expect(runDays(runs)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01'])
  })

  test('a day already in a run changes nothing; a lone day stays apart, in order', () => {
    const runs = [{ from: '2026-11-02', to: '2026-11-04' }, { from: '2026-11-10', to: '2026-11-10' }]
    expect(withDay(runs, '2026-11-03')).toEqual(runs)
    expect(withDay(runs, '2026-11-07')).toEqual([runs[0], { from: '2026-11-07', to: '2026-11-07' }, runs[1]])
    expect(withDay(runs, '2026-11-01')).toEqual([{ from: '2026-11-01', to: '2026-11-04' }, runs[1]])
    expect(hasDay(runs, '2026-11-04')).toBe(true)
    expect(hasDay(runs, '2026-11-05')).toBe(false)
  })

  test('runs that ended before the last day of last month are dropped; a run reaching it is kept whole', () => {
    const runs = [
      { from: '2026-09-01', to: '2026-10-30' },
      { from: '2026-10-20', to: '2026-10-31' },
      { from: '2026-11-03', to: '2026-11-04' },
    ]
    expect(pruneRuns(runs, '2026-11-20')).toEqual(runs.slice(1))
    expect(pruneRuns(runs, '2027-01-01')).toEqual([])
  })

  test('a long streak stays exact', () => {
    const runs = [{ from: '2025-01-01', to: '2026-11-19' }]
    expect(runDays(runs)).toHaveLength(688)
  })
})
