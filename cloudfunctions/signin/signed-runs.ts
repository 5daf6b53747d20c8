/**
 * The member's signed days as runs of consecutive days, kept in their `signin_states`
 * document so a transaction can apply the streak rules without a query. Runs older
 * than the previous month's last day can never matter again (a make-up is only for a
 * day of the current month, and a streak is one run), so they are dropped.
 */
import { addDays, type BusinessDay } from '@/domain/time'

export interface Run {
  from: BusinessDay
  to: BusinessDay
}

/** Every day of the runs, oldest first. */
export function runDays(runs: readonly Run[]): BusinessDay[] {
  const days: BusinessDay[] = []
  for (const run of runs) for (let d = run.from; d <= run.to; d = addDays(d, 1)) days.push(d)
  return days
}

export const hasDay = (runs: readonly Run[], day: BusinessDay): boolean => runs.some((r) => r.from <= day && day <= r.to)

/** The runs with `day` added, neighbours merged, oldest first. */
export function withDay(runs: readonly Run[], day: BusinessDay): Run[] {
  if (hasDay(runs, day)) return [...runs]
  const merged: Run[] = []
  let current: Run = { from: day, to: day }
  for (const run of [...runs].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    if (addDays(run.to, 1) === current.from) current = { from: run.from, to: current.to }
    else if (addDays(current.to, 1) === run.from) current = { from: current.from, to: run.to }
    else merged.push(run)
  }
  return [...merged, current].sort((a, b) => (a.from < b.from ? -1 : 1))
}

/** Drops runs that ended before the last day of the month before `today`'s. */
export function pruneRuns(runs: readonly Run[], today: BusinessDay): Run[] {
  const keepFrom = addDays(`${today.slice(0, 7)}-01`, -1)
  return runs.filter((r) => r.to >= keepFrom)
}
