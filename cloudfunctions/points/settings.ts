import { DEFAULT_EXPIRY_RULE, DEFAULT_TILL_CEILING_FEN, type ExpiryRule, type PointsCampaign } from '@/domain/points'
import { findById, type Db } from '../_shared/db'

export interface PointsSettings {
  /** Points per yuan paid, before tier and campaign multipliers. */
  ratePerYuan: number
  expiry: ExpiryRule
  campaigns: PointsCampaign[]
  /** The largest purchase one till award may carry, in fen. */
  tillCeilingFen: number
}

const DEFAULTS: PointsSettings = { ratePerYuan: 1, expiry: DEFAULT_EXPIRY_RULE, campaigns: [], tillCeilingFen: DEFAULT_TILL_CEILING_FEN }

export async function pointsSettings(db: Db): Promise<PointsSettings> {
  return { ...DEFAULTS, ...((await findById<Partial<PointsSettings>>(db, 'settings', 'points')) ?? {}) }
}
