import { FlashCodes, FlashMessages } from '@/domain/flashsale'
import { ActionError } from '../_shared/action-error'
import { findById } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import type { MemberDoc } from '../_shared/members'
import { tierLadder } from '../_shared/settings'
import { flashSettings, remainingOf, type FlashItemDoc } from './flash-docs'
import { unitsHeld } from './member-claim'
import { reminderId } from './remind'
import { itemCard } from './views'

/** flashsale.item: the detail page — progress, tiers, pickup stores, what the caller holds, the reminder. */
export async function item(input: { itemId: string }, { db, openid, now }: ActionContext) {
  const doc = await findById<FlashItemDoc>(db, 'flash_items', input.itemId)
  if (!doc || !doc.enabled) throw new ActionError(FlashCodes.NOT_FOUND, FlashMessages[FlashCodes.NOT_FOUND])
  const _ = db.command
  const [left, member, reminder, stores, ladder, settings] = await Promise.all([
    remainingOf(db, [doc._id]),
    findById<MemberDoc>(db, 'members', openid),
    findById(db, 'flash_reminders', reminderId(doc._id, openid)),
    doc.storeIds.length ? db.collection('stores').where({ _id: _.in(doc.storeIds) }).limit(100).get() : Promise.resolve({ data: [] }),
    tierLadder(db),
    flashSettings(db),
  ])
  const tiers = doc.tiers ?? []
  return {
    now: now.toISOString(),
    item: {
      ...itemCard(doc, left.get(doc._id) ?? 0, now),
      tiers,
      tierNames: tiers.map((code) => ladder.find((t) => t.code === code)?.name ?? code),
      stores: (stores.data as { _id: string; name: string }[]).map((s) => ({ storeId: s._id, name: s.name })),
      bought: unitsHeld(member as never, doc._id),
      reminded: reminder !== null,
      reminderTemplateId: settings.reminder.templateId,
    },
  }
}
