import type { BusinessDay } from '../time'

/** Signed days as given by callers: a set, or an array (sorted or not). */
export type SignedDays = ReadonlySet<BusinessDay> | readonly BusinessDay[]

export const toDaySet = (days: SignedDays): ReadonlySet<BusinessDay> => (days instanceof Set ? days : new Set(days as readonly BusinessDay[]))
