import { inShanghai } from '@/domain/time'
import type { ChainDoc, EntryDoc } from '../_shared/groupbuy/chain-docs'
import { findById, type Db } from '../_shared/db'
import { isSubscriptionRefused, sendSubscribeMessage } from '../_shared/notify'

interface ReadyTemplate {
  templateId: string
  /** Template field keys: what is ready, where, and from when. */
  fields: { goods: string; place: string; time: string }
}

/** settings/groupbuy.readyTemplate, set by the merchant; a local default so the outbox shows it. */
const DEFAULT_TEMPLATE: ReadyTemplate = { templateId: 'local-groupbuy-ready', fields: { goods: 'thing1', place: 'thing2', time: 'time3' } }

/**
 * 到货提醒: when the leader starts fulfilling (备货), each paid participant gets one subscribe
 * message. An entry is claimed first by a conditional update (`readyNotified` false → true),
 * so a replayed or repeated 备货 never sends twice; a member who has no authorisation left
 * (43101) is skipped, as WeChat allows one message per accept.
 */
export async function sendReadyNotices(db: Db, chain: ChainDoc, entries: readonly EntryDoc[]): Promise<number> {
  const settings = await findById<{ readyTemplate?: ReadyTemplate }>(db, 'settings', 'groupbuy')
  const { templateId, fields } = settings?.readyTemplate ?? DEFAULT_TEMPLATE
  const _ = db.command
  let sent = 0
  for (const e of entries.filter((x) => x.status === 'paid')) {
    const claimed = await db.collection('chain_entries').where({ _id: e._id, readyNotified: _.neq(true) }).update({ data: { readyNotified: true } })
    if (claimed.stats.updated !== 1) continue
    try {
      await sendSubscribeMessage(db, {
        to: e.memberId,
        templateId,
        page: `packages/groupbuy/pages/chain/index?id=${chain._id}`,
        data: { [fields.goods]: `${chain.title} 第${e.no}号`.slice(0, 20), [fields.place]: chain.pickupPoint.slice(0, 20), [fields.time]: inShanghai(chain.pickupFrom).format('YYYY-MM-DD HH:mm') },
      })
      sent++
    } catch (error) {
      if (!isSubscriptionRefused(error)) throw error
    }
  }
  return sent
}
