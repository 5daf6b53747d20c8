/**
 * Subscribe messages (订阅消息). In CloudBase they go through the openapi (the function's
 * config.json must declare `subscribeMessage.send`); in local mode they are written to
 * the `outbox` collection instead, where `GET /__dev/outbox` shows them.
 */
import cloud from 'wx-server-sdk'
import type { Db } from './db'
import { isLocalCloud } from './platform'

export interface SubscribeMessage {
  /** The receiver's openid. */
  to: string
  templateId: string
  /** Mini program page opened from the message, e.g. 'packages/signin/pages/index/index'. */
  page: string
  /** Template fields by key ('thing1' → '每日签到'); wrapped as `{ value }` for WeChat. */
  data: Record<string, string>
}

/**
 * The user has no unused authorisation for this template (each accept of a one-time
 * subscription allows one message) or has turned messages off: errCode 43101.
 */
export const isSubscriptionRefused = (e: unknown): boolean => (e as { errCode?: number })?.errCode === 43101

export async function sendSubscribeMessage(db: Db, message: SubscribeMessage): Promise<{ via: 'outbox' | 'wechat' }> {
  const data = Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }]))
  if (isLocalCloud()) {
    await db.collection('outbox').add({
      data: { kind: 'subscribeMessage', touser: message.to, templateId: message.templateId, page: message.page, data, at: db.serverDate() },
    })
    return { via: 'outbox' }
  }
  await cloud.openapi.subscribeMessage.send({ touser: message.to, templateId: message.templateId, page: message.page, data, lang: 'zh_CN' })
  return { via: 'wechat' }
}
