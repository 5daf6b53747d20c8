/** Merchant configuration documents (collection `settings`), with the built-in defaults. */
import { DEFAULT_TIER_TABLE, type TierTable } from '@/domain/member'
import { findById, type Db, type Tx } from './db'

export interface BrandSettings {
  brandId: string
  name: string
  /** The store that ships delivery orders (its staff ship them); absent: admins only. */
  deliveryStoreId?: string
}

const DEFAULT_BRAND: BrandSettings = { brandId: 'demo', name: '鲜果会员' }

export async function brandSettings(db: Db | Tx): Promise<BrandSettings> {
  const doc = await findById<Partial<BrandSettings>>(db, 'settings', 'brand')
  return { ...DEFAULT_BRAND, ...(doc ?? {}) }
}

/** Tier codes and names, lowest first: what the coupon rules need to name eligible tiers. */
export const ladderOf = (table: TierTable) => table.map(({ code, name }) => ({ code, name }))

export const tierLadder = async (db: Db | Tx) => ladderOf(await tierTable(db))

export async function tierTable(db: Db | Tx): Promise<TierTable> {
  const doc = await findById<{ tiers?: TierTable }>(db, 'settings', 'tiers')
  return doc?.tiers?.length ? doc.tiers : DEFAULT_TIER_TABLE
}
