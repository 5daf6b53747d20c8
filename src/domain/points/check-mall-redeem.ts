import { err, ok, type Result } from '../result'

export type MallRedeemInput = {
  /** Units of the item still in stock. */
  left: number
  perMemberLimit: number
  /** Units this member has already taken. */
  redeemedByMe: number
  costPoints: number
  /** What the member can spend now. */
  balance: number
}

/**
 * Whether a member may exchange one more unit of a points-mall item: the same rule for
 * the client's button and the server's transaction (which has the last word). The
 * member's own limit is said first: it does not change if stock comes back.
 */
export function checkMallRedeem({ left, perMemberLimit, redeemedByMe, costPoints, balance }: MallRedeemInput): Result<true> {
  if (redeemedByMe >= perMemberLimit) return err('POINTS.LIMIT_REACHED', `每人限兑 ${perMemberLimit} 件`)
  if (left < 1) return err('POINTS.SOLD_OUT', '已兑完')
  if (balance < costPoints) return err('POINTS.INSUFFICIENT', '积分不足')
  return ok(true)
}
