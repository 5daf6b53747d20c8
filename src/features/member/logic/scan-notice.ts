/**
 * What the member reads on the code sheet once staff scanned it: what the staff action did.
 * `pointsDelta` is the card's points after minus before (the card is refreshed on the use).
 */
export function scanNotice(purpose: string | null, pointsDelta: number): string {
  if (pointsDelta > 0) return `积分到账 +${pointsDelta}`
  switch (purpose) {
    case 'coupon':
      return '优惠券已核销'
    case 'gift':
      return '店员送的券已放入券包'
    case 'till':
      return '本次消费已记录'
    case 'pickup':
      return '提货已核验'
    default:
      return '会员码已被店员扫描'
  }
}
