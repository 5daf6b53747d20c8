/** The payment room: WeChat Pay in CloudBase, the simulated service in local mode. */
import type { Db } from '../db'
import { isLocalCloud } from '../platform'
import { localPay } from './local-pay'
import type { PaymentService } from './types'
import { wechatPay } from './wechat-pay'

export const paymentService = (db: Db): PaymentService => (isLocalCloud() ? localPay(db) : wechatPay())

export { signLocalNotification, simulatePayment } from './local-pay'
export type { PaidNotice, PaymentNotice, PaymentService, RefundNotice, TradeState } from './types'
