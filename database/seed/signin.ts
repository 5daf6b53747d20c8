/**
 * Demo sign-in settings: the day-7 coupon is its own template, `signin-day7`, when it
 * exists. The demo member's signed days are made by the real `signin.checkin` in
 * ./demo-member-story.ts, with their ledger entries.
 */
import type { Db } from '../../cloudfunctions/_shared/db'

const DAY_COUPON = 'signin-day7'

export async function seedSignin(db: Db): Promise<void> {
  const template = await db.collection('coupon_templates').where({ _id: DAY_COUPON }).get()
  const couponTemplateId = template.data.length ? DAY_COUPON : null
  await db.collection('settings').doc('signin').set({ data: { couponTemplateId } })
}
