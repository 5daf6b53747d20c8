/** What the rest of the code knows of WeChat Pay: four calls and two kinds of notification. */

/** A payment succeeded (WeChat calls back only on success). */
export interface PaidNotice {
  kind: 'paid'
  outTradeNo: string
  transactionId: string
  totalFee: number
}

/** A refund finished: SUCCESS settles it; REFUNDCLOSE / CHANGE mean it failed. */
export interface RefundNotice {
  kind: 'refund'
  outTradeNo: string
  outRefundNo: string
  refundFee: number
  status: 'SUCCESS' | 'FAILED'
}

export type PaymentNotice = PaidNotice | RefundNotice

export interface TradeState {
  paid: boolean
  transactionId?: string
  totalFee?: number
}

export interface PaymentService {
  mode: 'wechat' | 'local'
  /** Places the payment; `payment` is what the client passes to requestPayment (null locally). */
  unifiedOrder(o: { outTradeNo: string; totalFee: number; body: string; openid: string }): Promise<Record<string, string> | null>
  /** Asks the payment service whether the order was paid (before cancelling it). */
  queryOrder(outTradeNo: string): Promise<TradeState>
  /**
   * Asks for a refund. Retries reuse `outRefundNo`. Acceptance is not settlement: the
   * refund notification settles it. Locally the simulated service answers with that
   * notification, signed, for the caller to deliver.
   */
  refund(r: { outTradeNo: string; outRefundNo: string; totalFee: number; refundFee: number }): Promise<{ localNotification?: Record<string, unknown> }>
  /** The notification, if it truly comes from the payment platform; null otherwise. */
  verify(event: Record<string, unknown>): Promise<PaymentNotice | null>
}
