import { isBusinessDay, businessDay } from '@/domain/time'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly } from '../_shared/idempotency'
import { maskPhone, requireMember, type MemberDoc } from '../_shared/members'
import { phoneFromCode } from '../_shared/phone'

const profileOf = (m: MemberDoc) => ({
  nickname: m.nickname,
  avatarUrl: m.avatarUrl,
  phoneMasked: maskPhone(m.phone),
  birthday: m.birthday,
  birthdayLocked: m.birthday !== null,
})

export async function getProfile(_input: unknown, { db, openid }: ActionContext) {
  return profileOf(await requireMember(db, openid))
}

interface ProfileInput {
  requestId: string
  nickname?: string
  avatarUrl?: string
  birthday?: string
  phoneCode?: string
}

/** member.profile.update: nickname, avatar, phone; the birthday only once (then staff). */
export async function updateProfile(input: ProfileInput, ctx: ActionContext) {
  const { openid, now } = ctx
  if (input.birthday !== undefined && (!isBusinessDay(input.birthday) || input.birthday > businessDay(now) || input.birthday < '1900-01-01')) {
    throw new ActionError('MEMBER.BIRTHDAY_INVALID', '请选择正确的生日')
  }
  // The phone exchange talks to WeChat: done once, before the transaction, which may re-run.
  const phone = input.phoneCode ? await phoneFromCode(input.phoneCode) : undefined
  return onceOnly(ctx, 'member.profile.update', input.requestId, async (tx) => {
    const member = await requireMember(tx, openid)
    const changes: Partial<MemberDoc> = {}
    if (input.nickname !== undefined) changes.nickname = input.nickname
    if (input.avatarUrl !== undefined) changes.avatarUrl = input.avatarUrl
    if (phone !== undefined) changes.phone = phone
    if (input.birthday !== undefined && input.birthday !== member.birthday) {
      if (member.birthday !== null) throw new ActionError('MEMBER.BIRTHDAY_LOCKED', '生日设置后不可修改，如需修改请联系门店店员')
      changes.birthday = input.birthday
      changes.birthdaySetBy = 'member'
      // Indexed copy for the birthday-gift timer, which looks members up by day of year.
      ;(changes as Partial<MemberDoc> & { birthdayMonthDay: string }).birthdayMonthDay = input.birthday.slice(5)
    }
    if (Object.keys(changes).length) await tx.collection('members').doc(openid).update({ data: changes })
    return profileOf({ ...member, ...changes })
  })
}
