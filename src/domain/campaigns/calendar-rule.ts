import { isBirthday } from '../member/birthday'
import { weekday, type BusinessDay } from '../time'
import type { CalendarRule } from './types'

interface RuleFacts {
  day: BusinessDay
  birthday: string | null
  isNewMember?: boolean
  sceneChannel?: string | null
}

/** Whether a calendar rule holds on a business day for a member (Asia/Shanghai). */
export function ruleHolds(rule: CalendarRule, facts: RuleFacts): boolean {
  const { day, birthday } = facts
  switch (rule.kind) {
    case 'weekly':
      return rule.weekdays.includes(weekday(day))
    case 'birthday':
      return !!birthday && isBirthday(birthday, day)
    case 'birthday-month':
      return !!birthday && birthday.slice(5, 7) === day.slice(5, 7)
    case 'new-member':
      return facts.isNewMember === true
    case 'community':
      return facts.sceneChannel === 'community'
    case 'dates':
      return rule.from <= day && day <= rule.to
    case 'daily':
      return true
  }
}

/**
 * The period a campaign is given once in: each member day, each birthday year, the
 * date range itself, and once ever for joining gifts. The key is (member, campaign, period).
 */
export function rulePeriod(rule: CalendarRule, day: BusinessDay): string {
  switch (rule.kind) {
    case 'weekly':
    case 'daily':
      return day
    case 'birthday':
    case 'birthday-month':
      return day.slice(0, 4)
    case 'dates':
      return `${rule.from}~${rule.to}`
    case 'new-member':
    case 'community':
      return 'once'
  }
}
