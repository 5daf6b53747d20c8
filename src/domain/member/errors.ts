import { err, type Err } from '../result'

/** Stable codes of the member context, with the message the user sees. */
export const MEMBER_ERRORS = {
  INVALID_AMOUNT: { code: 'MEMBER.INVALID_AMOUNT', message: '金额无效' },
} as const

export type MemberErrorCode = (typeof MEMBER_ERRORS)[keyof typeof MEMBER_ERRORS]['code']

export const memberError = (key: keyof typeof MEMBER_ERRORS): Err =>
  err(MEMBER_ERRORS[key].code, MEMBER_ERRORS[key].message)
