import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly } from '../_shared/idempotency'
import { requireMember } from '../_shared/members'
import { signinSettings } from './settings'
import { readState, writeState } from './state'

/**
 * signin.reminder: the daily reminder on or off. In the mini program the page first
 * asks the user to accept the template (requestSubscribeMessage) and sends the id it
 * asked for; an old id (the merchant changed templates) is refused so the page asks again.
 */
export async function setReminder(input: { requestId: string; on: boolean; templateId?: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const { templateId } = (await signinSettings(db)).reminder
  if (input.on && !templateId) throw new ActionError('SIGNIN.REMINDER_UNAVAILABLE', '签到提醒暂未开通')
  if (input.on && input.templateId && input.templateId !== templateId) throw new ActionError('SIGNIN.REMINDER_TEMPLATE', '提醒设置已更新，请重新开启')

  return onceOnly(ctx, 'signin.reminder', input.requestId, async (tx) => {
    await requireMember(tx, openid)
    const state = await readState(tx, openid)
    await writeState(tx, { ...state, reminderOn: input.on, reminderTemplateId: input.on ? templateId : state.reminderTemplateId, updatedAt: now })
    return { reminder: input.on }
  })
}
