/**
 * The state of one refund in cloudPay.queryRefund's reply. The reply lists every refund
 * of the trade (outRefundNoList / refundStatusList, camelCase arrays), and developers
 * report those lists come back empty when the query names the out_refund_no
 * (developers.weixin.qq.com/community/pay/doc/000c00444d406072e81fbcc1556800), so the
 * refund is queried by its out_trade_no and found by its out_refund_no in the lists; the
 * indexed field of WeChat Pay's v2 API (refund_status_$n) is read as a fallback.
 * Statuses: SUCCESS, PROCESSING, CHANGE (failed, to be handled by hand), REFUNDCLOSE.
 */
export function refundStatusOf(reply: Record<string, unknown>, outRefundNo: string): string | undefined {
  const list = (key: string) => (Array.isArray(reply[key]) ? (reply[key] as unknown[]).map(String) : [])
  const at = list('outRefundNoList').indexOf(outRefundNo)
  if (at >= 0) return list('refundStatusList')[at]
  const single = reply.refundStatus_0 ?? reply.refundStatus
  return list('outRefundNoList').length === 0 && typeof single === 'string' ? single : undefined
}
