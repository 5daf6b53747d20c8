/**
 * The sign-in configuration (`settings/signin`, optional) over the domain's defaults:
 * the reward cycle, the coupon of a cycle day, make-up limits and the reminder's
 * subscribe-message template. A coupon template that is missing or switched off means
 * no coupon at all, so the page never promises a gift that cannot be given.
 */
import { DEFAULT_GROWTH_CONFIG, type GrowthConfig } from '@/domain/member'
import { DEFAULT_EXPIRY_RULE, type ExpiryRule } from '@/domain/points'
import { DEFAULT_MAKEUP, DEFAULT_SIGNIN_REWARDS, type MakeupConfig, type SigninRewardConfig } from '@/domain/signin'
import type { TemplateDoc } from '../_shared/coupons'
import { findById, type Db } from '../_shared/db'
import { isLocalCloud } from '../_shared/platform'

/** As stored in `settings/signin`; every field optional. */
export interface SigninSettingsDoc {
  cycle?: number[]
  /** Cycle day that gives the coupon; default the last day (day 7). */
  couponDay?: number
  couponTemplateId?: string | null
  makeup?: Partial<MakeupConfig>
  growthPerSignin?: number
  reminder?: { templateId?: string | null; fields?: { title?: string; tip?: string } }
}

export interface SigninSettings {
  rewards: SigninRewardConfig
  couponTitle: string | null
  makeup: MakeupConfig
  growth: GrowthConfig
  expiry: ExpiryRule
  reminder: { templateId: string | null; fields: { title: string; tip: string } }
}

/** Local demo template id, so the reminder works end to end without WeChat. */
export const LOCAL_REMINDER_TEMPLATE = 'local-signin-reminder'

export async function signinSettings(db: Db): Promise<SigninSettings> {
  const [doc, points] = await Promise.all([
    findById<SigninSettingsDoc>(db, 'settings', 'signin'),
    findById<{ expiry?: ExpiryRule }>(db, 'settings', 'points'),
  ])
  const cycle = doc?.cycle?.length ? doc.cycle : DEFAULT_SIGNIN_REWARDS.cycle
  const template = doc?.couponTemplateId ? await findById<TemplateDoc>(db, 'coupon_templates', doc.couponTemplateId) : null
  const coupon = template?.enabled ? { day: doc?.couponDay ?? cycle.length, templateId: template._id } : undefined
  return {
    rewards: coupon ? { cycle, couponOnDay: coupon } : { cycle },
    couponTitle: coupon ? (template?.title ?? null) : null,
    makeup: { ...DEFAULT_MAKEUP, ...(doc?.makeup ?? {}) },
    growth: doc?.growthPerSignin === undefined ? DEFAULT_GROWTH_CONFIG : { perSignin: doc.growthPerSignin },
    expiry: points?.expiry ?? DEFAULT_EXPIRY_RULE,
    reminder: {
      templateId: doc?.reminder?.templateId ?? (isLocalCloud() ? LOCAL_REMINDER_TEMPLATE : null),
      fields: { title: doc?.reminder?.fields?.title ?? 'thing1', tip: doc?.reminder?.fields?.tip ?? 'thing2' },
    },
  }
}
