import { ruleHolds } from './calendar-rule'
import type { BusinessDay } from '../time'

/** Whether a business day is member day for these ISO weekdays (a weekly calendar rule). */
export const isMemberDay = (weekdays: readonly number[], day: BusinessDay): boolean => ruleHolds({ kind: 'weekly', weekdays }, { day, birthday: null })
