/** Merchant campaigns as stored (collection `campaigns`, configured by the admin function). */
import type { Campaign } from '@/domain/campaigns'
import type { Db } from './db'

/** The enabled campaigns (a chain runs a handful; 100 is far above any real calendar). */
export async function enabledCampaigns(db: Db): Promise<Campaign[]> {
  const docs = (await db.collection('campaigns').where({ enabled: true }).limit(100).get()).data as (Omit<Campaign, 'id'> & { _id: string })[]
  return docs.map(({ _id, ...c }) => ({ ...c, id: _id }))
}
