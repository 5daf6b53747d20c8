/**
 * Cloud function `payment`: WeChat Pay's callback (cloudPay unifiedOrder and refund name
 * it as functionName). It has no actions: the event is the platform's notification.
 * It answers `{ errcode: 0, errmsg: '' }` only after the notification's writes have
 * landed; a notification that the payment platform does not confirm (production) or
 * that is not signed by the simulated service (local mode) is refused and changes nothing.
 */
import cloud from 'wx-server-sdk'
import type { Db } from '../_shared/db'
import { handlePaymentNotification } from '../_shared/orders/notifications'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export async function main(event: Record<string, unknown>): Promise<{ errcode: number; errmsg: string }> {
  try {
    return await handlePaymentNotification(cloud.database() as unknown as Db, event ?? {}, new Date())
  } catch (e) {
    // Not answered with errcode 0: WeChat sends it again later, and the retry is idempotent.
    console.error('[payment] notification failed', e)
    return { errcode: 500, errmsg: 'retry later' }
  }
}
