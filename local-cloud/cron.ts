/**
 * CloudBase timer triggers use a seven-field cron in UTC: second minute hour day-of-month
 * month day-of-week year. Fields take `*`, numbers, lists `a,b`, ranges `a-b` and steps
 * `*\/n` or `a-b/n`. Day-of-week is 0-6 (Sunday 0; 7 is Sunday too).
 */
const RANGES: [number, number][] = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 7],
  [1970, 2199],
]

function fieldMatches(field: string, value: number, [min, max]: [number, number]): boolean {
  return field.split(',').some((part) => {
    const [range, stepText] = part.split('/')
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw new Error(`bad cron step: ${part}`)
    let [from, to] = [min, max]
    if (range !== '*') {
      const [a, b] = range.split('-').map(Number)
      if (!Number.isInteger(a)) throw new Error(`bad cron field: ${part}`)
      from = a
      to = b === undefined ? (stepText === undefined ? a : max) : b
    }
    return value >= from && value <= to && (value - from) % step === 0
  })
}

/** Whether the trigger fires at the second of `at` (UTC). */
export function cronMatches(expression: string, at: Date): boolean {
  const fields = expression.trim().split(/\s+/)
  if (fields.length !== 7) throw new Error(`cron needs 7 fields (s m h dom mon dow year): ${expression}`)
  const dow = at.getUTCDay()
  const values = [at.getUTCSeconds(), at.getUTCMinutes(), at.getUTCHours(), at.getUTCDate(), at.getUTCMonth() + 1, dow, at.getUTCFullYear()]
  // Every field is read (so a malformed one fails however the others match).
  const matches = fields.map((field, i) => {
    if (field === '*') return true
    const direct = fieldMatches(field, values[i], RANGES[i])
    return direct || (i === 5 && dow === 0 && fieldMatches(field, 7, RANGES[5]))
  })
  return matches.every(Boolean)
}
