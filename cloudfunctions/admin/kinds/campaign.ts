import type { CampaignRecord } from '@/contracts/admin-records'
import { ActionError } from '../../_shared/action-error'
import type { RecordKind } from '../record-kind'

/** Campaigns of the engine (src/domain/campaigns), configured by the chain's admins. */
export const campaignKind: RecordKind<CampaignRecord> = {
  kind: 'campaign',
  collection: 'campaigns',
  searchText: (r) => `${r.name} ${r.banner ?? ''}`,
  toDoc: ({ id: _id, ...fields }) => {
    if (fields.from && fields.to && fields.from > fields.to) throw new ActionError('ADMIN.CAMPAIGN_INVALID', '活动开始日期须不晚于结束日期')
    if (fields.rule.kind === 'dates' && fields.rule.from > fields.rule.to) throw new ActionError('ADMIN.CAMPAIGN_INVALID', '活动日期须开始不晚于结束')
    const { couponTemplateIds, points, pointsMultiplier } = fields.reward
    if (!couponTemplateIds?.length && !points && !pointsMultiplier) throw new ActionError('ADMIN.CAMPAIGN_INVALID', '活动须至少给券、积分或积分倍数之一')
    if (fields.reward.firstOrderOnly && !pointsMultiplier) throw new ActionError('ADMIN.CAMPAIGN_INVALID', '「仅首单」须配合积分倍数')
    return { ...fields }
  },
  toRecord: ({ _id, enabled: _e, updatedAt: _u, retiredAt: _r, ...fields }) => ({ ...(fields as Omit<CampaignRecord, 'id'>), id: _id }),
}
