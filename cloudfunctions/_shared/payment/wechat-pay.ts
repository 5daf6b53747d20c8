/**
 * Production WeChat Pay through cloud development's cloudPay (service-provider model).
 * A notification is trusted only after the payment platform confirms it: the trade (or
 * the refund) is queried and must match, so a client calling the callback function
 * with made-up fields changes nothing. Configuration: PAY_SUB_MCH_ID (the merchant id)
 * in the function's environment variables; see docs/deploy.md.
 */
import cloud from 'wx-server-sdk'
import { ActionError } from '../action-error'
import { readNotice } from './local-pay'
import { refundStatusOf } from './refund-status'
import type { PaymentService } from './types'
import { orderRefusal } from '../orders/refusal'

const CALLBACK_FUNCTION = 'payment'

function subMchId(): string {
  const id = process.env.PAY_SUB_MCH_ID
  if (!id) throw new ActionError('COMMON.INTERNAL', '支付尚未开通，请联系门店')
  return id
}

// cloudPay's types are not in the SDK's declarations.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const pay = (): any => (cloud as any).cloudPay({ appid: cloud.getWXContext().FROM_APPID || undefined })

export function wechatPay(): PaymentService {
  return {
    mode: 'wechat',
    async unifiedOrder({ outTradeNo, totalFee, body }) {
      const res = await pay().unifiedOrder({
        body,
        outTradeNo,
        spbillCreateIp: '127.0.0.1',
        subMchId: subMchId(),
        totalFee,
        envId: cloud.getWXContext().ENV,
        functionName: CALLBACK_FUNCTION,
        nonceStr: outTradeNo.slice(-16),
        tradeType: 'JSAPI',
      })
      if (res.returnCode !== 'SUCCESS' || res.resultCode !== 'SUCCESS') throw orderRefusal('PAY_FAILED')
      return res.payment as Record<string, string>
    },
    async queryOrder(outTradeNo) {
      const res = await pay().queryOrder({ sub_mch_id: subMchId(), out_trade_no: outTradeNo, nonce_str: outTradeNo.slice(-16) })
      // ORDERNOTEXIST (never placed) is "not paid"; a failed call throws and the caller retries later.
      if (res.returnCode !== 'SUCCESS') throw new Error(`queryOrder ${outTradeNo}: ${res.returnMsg ?? res.returnCode}`)
      return res.tradeState === 'SUCCESS' ? { paid: true, transactionId: res.transactionId, totalFee: Number(res.totalFee) } : { paid: false }
    },
    async refund({ outTradeNo, outRefundNo, totalFee, refundFee }) {
      const res = await pay().refund({
        sub_mch_id: subMchId(),
        nonce_str: outRefundNo.slice(-16),
        out_trade_no: outTradeNo,
        out_refund_no: outRefundNo,
        total_fee: totalFee,
        refund_fee: refundFee,
        env_id: cloud.getWXContext().ENV,
        function_name: CALLBACK_FUNCTION,
      })
      if (res.returnCode !== 'SUCCESS') throw orderRefusal('REFUND_FAILED')
      return {}
    },
    async verify(event) {
      const notice = readNotice(event)
      if (!notice) return null
      if (notice.kind === 'paid') {
        const trade = await this.queryOrder(notice.outTradeNo)
        return trade.paid && trade.transactionId === notice.transactionId && trade.totalFee === notice.totalFee ? notice : null
      }
      // By the trade: the reply then lists its refunds (see refund-status.ts).
      const res = await pay().queryRefund({ sub_mch_id: subMchId(), nonce_str: notice.outRefundNo.slice(-16), out_trade_no: notice.outTradeNo })
      const status = refundStatusOf(res, notice.outRefundNo)
      return (status === 'SUCCESS' && notice.status === 'SUCCESS') || (status && status !== 'SUCCESS' && status !== 'PROCESSING' && notice.status === 'FAILED') ? notice : null
    },
  }
}
