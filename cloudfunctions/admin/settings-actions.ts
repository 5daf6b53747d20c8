/** The chain's tier table and points rules: single settings documents, edited whole by admins. */
import type { PointsRulesRecord, TiersRecord } from '@/contracts/admin-records'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { tierTable } from '../_shared/settings'
import { pointsSettings } from '../points/settings'
import { chainAdmin } from './access'
import { auditInTx } from './audit'

/** Thresholds strictly rising from 0, one tier per code: what tierFor and the yearly review rely on. */
function checkTiers(tiers: TiersRecord): void {
  if (tiers[0].threshold !== 0) throw new ActionError('ADMIN.TIERS_INVALID', '第一个等级的成长值门槛须为 0')
  if (new Set(tiers.map((t) => t.code)).size !== tiers.length) throw new ActionError('ADMIN.TIERS_INVALID', '等级代码不能重复')
  if (tiers.some((t, i) => i > 0 && t.threshold <= tiers[i - 1].threshold)) throw new ActionError('ADMIN.TIERS_INVALID', '等级门槛须逐级递增')
}

async function saveSetting(ctx: ActionContext, requestId: string, kind: 'tiers' | 'pointsRules', settingId: 'tiers' | 'points', after: Record<string, unknown>) {
  const caller = await chainAdmin(ctx.db, ctx.openid)
  return onceOnly(ctx, `admin.${kind}.update`, requestId, async (tx) => {
    const before = await findById<Record<string, unknown>>(tx, 'settings', settingId)
    const { _id: _ignored, ...previous } = before ?? { _id: '' }
    const next = { ...previous, ...after, updatedAt: ctx.now }
    await tx.collection('settings').doc(settingId).set({ data: next })
    await auditInTx(tx, { actor: caller.openid, actorRole: caller.role, at: ctx.now, action: `${kind}.update`, kind, targetId: settingId, requestId, before, after: next })
    return after
  })
}

export async function tiersGet(_input: unknown, ctx: ActionContext) {
  await chainAdmin(ctx.db, ctx.openid)
  return { tiers: (await tierTable(ctx.db)).map((t) => ({ ...t })) }
}

export async function tiersUpdate(input: { requestId: string; tiers: TiersRecord }, ctx: ActionContext) {
  checkTiers(input.tiers)
  return saveSetting(ctx, input.requestId, 'tiers', 'tiers', { tiers: input.tiers }) as Promise<{ tiers: TiersRecord }>
}

export async function pointsRulesGet(_input: unknown, ctx: ActionContext) {
  await chainAdmin(ctx.db, ctx.openid)
  const { ratePerYuan, expiry, campaigns, tillCeilingFen } = await pointsSettings(ctx.db)
  return { rules: { ratePerYuan, expiry, campaigns: campaigns.map((c) => ({ ...c, weekdays: c.weekdays ? [...c.weekdays] : undefined })), tillCeilingFen } }
}

export async function pointsRulesUpdate(input: { requestId: string; rules: PointsRulesRecord }, ctx: ActionContext) {
  if (input.rules.campaigns.some((c) => c.from && c.to && c.from > c.to)) throw new ActionError('ADMIN.CAMPAIGN_INVALID', '活动开始日期须不晚于结束日期')
  const saved = await saveSetting(ctx, input.requestId, 'pointsRules', 'points', { ...input.rules })
  return { rules: saved as PointsRulesRecord }
}
