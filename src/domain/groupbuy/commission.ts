/**
 * The leader's commission on a paid entry: the paid amount × the leader's rate, in basis
 * points (500 = 5%), floored to the fen. Recorded once per paid entry and reversed in full
 * when the entry's order is refunded.
 */
export function commissionFen(paidFen: number, rateBp: number): number {
  if (paidFen <= 0 || rateBp <= 0) return 0
  return Math.floor((paidFen * rateBp) / 10_000)
}
