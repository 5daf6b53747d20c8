import { addDays, businessDay, endOfDay, endOfYear } from '../time'

/**
 * When earned points expire (a config object, so chains can choose):
 * - 'end-of-next-year' (default): 23:59:59.999 Shanghai on 31 December of the year after
 *   the earning, so points earned any day of 2026 all live through 2027;
 * - 'days': 23:59:59.999 Shanghai of the Nth calendar day after the earning day.
 */
export type ExpiryRule = { kind: 'end-of-next-year' } | { kind: 'days'; days: number }

export const DEFAULT_EXPIRY_RULE: ExpiryRule = { kind: 'end-of-next-year' }

/**
 * The last instant at which points earned at `earnedAt` can be spent.
 * A malformed rule is a configuration bug, not a user mistake: it throws RangeError.
 */
export function pointsExpiry(earnedAt: Date, rule: ExpiryRule = DEFAULT_EXPIRY_RULE): Date {
  if (Number.isNaN(earnedAt.getTime())) throw new RangeError('pointsExpiry: invalid earnedAt')
  switch (rule.kind) {
    case 'end-of-next-year':
      return endOfYear(earnedAt, 1)
    case 'days':
      if (!Number.isInteger(rule.days) || rule.days < 1 || rule.days > 36_500) {
        throw new RangeError(`pointsExpiry: days must be an integer 1..36500, got ${rule.days}`)
      }
      return endOfDay(addDays(businessDay(earnedAt), rule.days))
    default:
      throw new RangeError(`pointsExpiry: unknown rule ${JSON.stringify(rule)}`)
  }
}
