import type { TeamOfferRecord } from '@/contracts/admin-records'
import { ActionError } from '../../_shared/action-error'
import { findById } from '../../_shared/db'
import type { TeamOfferDoc } from '../../_shared/groupbuy/team-docs'
import { ensureTeamSceneInTx } from '../../_shared/groupbuy/team-share-scene'
import type { SkuDoc } from '../../_shared/stock'
import type { RecordKind, StoredDoc } from '../record-kind'
import { requireAll } from './product'

const refuse = (code: string, message: string) => new ActionError(`ADMIN.${code}`, message)

interface Facts {
  sku: SkuDoc
  product: { name: string; images?: string[]; image?: string }
}

/**
 * Team-buy offers (拼团): one SKU at a team price, for teams of 2..10 within a window, at
 * the listed stores. The team price is below the SKU's list price (a team buy that costs
 * no less than buying alone is no offer). The offer keeps the product's name, unit (the
 * SKU's name), image and list price as written, like a flash item, so the team page needs
 * no catalog reads. Teams already opened keep the price, size and window they opened with
 * (they are copied onto the team); retiring stops new teams. Chain admins only: an offer
 * spans stores. Each of its stores gets its team scene (`tb-<storeId>`), which attributes
 * visitors from shared team links (team-share-scene.ts).
 */
export const teamOfferKind: RecordKind<TeamOfferRecord, Facts> = {
  kind: 'teamOffer',
  collection: 'team_offers',
  searchText: (r) => `${r.skuId} ${r.storeIds.join(' ')}`,
  async check(db, record) {
    const sku = await findById<SkuDoc>(db, 'skus', record.skuId)
    const product = sku ? await findById<Facts['product']>(db, 'products', sku.productId) : null
    if (!sku || !product) throw refuse('SKU_NOT_FOUND', '商品规格不存在')
    if (record.teamPriceFen >= sku.priceFen) throw refuse('TEAM_PRICE_NOT_BELOW_LIST', '拼团价须低于原价')
    await requireAll(db, 'stores', record.storeIds, 'STORE_NOT_FOUND', '门店不存在')
    return { sku, product }
  },
  toDoc(r, _before, { sku, product }): Omit<TeamOfferDoc, '_id' | 'enabled'> {
    return {
      productId: sku.productId,
      skuId: sku._id,
      name: product.name,
      unit: sku.name,
      image: product.image ?? product.images?.[0] ?? '',
      listPriceFen: sku.priceFen,
      teamPriceFen: r.teamPriceFen,
      size: r.size,
      windowHours: r.windowHours,
      perMemberLimit: r.perMemberLimit,
      storeIds: [...new Set(r.storeIds)],
    }
  },
  async alsoWrite(tx, _after, _before, record) {
    for (const storeId of record?.storeIds ?? []) await ensureTeamSceneInTx(tx, storeId)
  },
  toRecord: (d: StoredDoc) => ({
    id: d._id,
    skuId: String(d.skuId),
    teamPriceFen: Number(d.teamPriceFen),
    size: Number(d.size),
    windowHours: Number(d.windowHours),
    perMemberLimit: Number(d.perMemberLimit),
    storeIds: (d.storeIds as string[] | undefined) ?? [],
  }),
}
