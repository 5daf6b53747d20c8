import { err, type Err } from '../result'

/** Stable codes of the sign-in context, with the message the user sees. */
export const SIGNIN_ERRORS = {
  ALREADY: { code: 'SIGNIN.ALREADY', message: '今天已签到' },
  INVALID_DAY: { code: 'SIGNIN.INVALID_DAY', message: '日期无效' },
  INVALID_MONTH: { code: 'SIGNIN.INVALID_MONTH', message: '月份无效' },
  MAKEUP_TODAY: { code: 'SIGNIN.MAKEUP_TODAY', message: '今天无需补签，直接签到即可' },
  MAKEUP_FUTURE: { code: 'SIGNIN.MAKEUP_FUTURE', message: '不能补签未来的日期' },
  MAKEUP_BEFORE_JOIN: { code: 'SIGNIN.MAKEUP_BEFORE_JOIN', message: '不能补签入会之前的日期' },
  MAKEUP_OTHER_MONTH: { code: 'SIGNIN.MAKEUP_OTHER_MONTH', message: '只能补签本月的日期' },
  MAKEUP_ALREADY_SIGNED: { code: 'SIGNIN.MAKEUP_ALREADY_SIGNED', message: '这一天已签到，无需补签' },
  MAKEUP_LIMIT: { code: 'SIGNIN.MAKEUP_LIMIT', message: '本月补签次数已用完' },
  MAKEUP_TOO_FAR: { code: 'SIGNIN.MAKEUP_TOO_FAR', message: '剩余补签次数连不回今天，请先补签离今天更近的日子' },
} as const

export type SigninErrorCode = (typeof SIGNIN_ERRORS)[keyof typeof SIGNIN_ERRORS]['code']

export const signinError = (key: keyof typeof SIGNIN_ERRORS): Err =>
  err(SIGNIN_ERRORS[key].code, SIGNIN_ERRORS[key].message)
