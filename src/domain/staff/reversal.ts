import { err, ok, type Result } from '../result'

/** A till award can be reversed by a 店长 for 24 hours after it was made. */
export const REVERSAL_WINDOW_MS = 24 * 60 * 60 * 1000

export function checkReversal(award: { at: Date; points: number }, now: Date): Result<true> {
  if (now.getTime() - award.at.getTime() > REVERSAL_WINDOW_MS) return err('STAFF.REVERSAL_TOO_LATE', '超过 24 小时的积分不能撤销')
  if (award.points <= 0) return err('STAFF.NOTHING_TO_REVERSE', '这笔消费没有积分可撤销')
  return ok(true)
}
