import { err, type Err } from '../result'

/** Stable codes of the points context, with the message the user sees. */
export const POINTS_ERRORS = {
  INVALID_AMOUNT: { code: 'POINTS.INVALID_AMOUNT', message: '金额或积分数量无效' },
  INVALID_RATE: { code: 'POINTS.INVALID_RATE', message: '积分比例设置无效' },
  INVALID_MULTIPLIER: { code: 'POINTS.INVALID_MULTIPLIER', message: '积分倍率无效' },
  INVALID_SHARE: { code: 'POINTS.INVALID_SHARE', message: '积分抵扣比例设置无效' },
  INSUFFICIENT: { code: 'POINTS.INSUFFICIENT', message: '积分不足' },
} as const

export type PointsErrorCode = (typeof POINTS_ERRORS)[keyof typeof POINTS_ERRORS]['code']

export const pointsError = (key: keyof typeof POINTS_ERRORS): Err =>
  err(POINTS_ERRORS[key].code, POINTS_ERRORS[key].message)

/** The largest payment one action may carry: 10 million yuan, as in the contracts. */
export const MAX_FEN = 1_000_000_000

/** A whole, non-negative number of fen or points that stays exact in a double. */
export const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
