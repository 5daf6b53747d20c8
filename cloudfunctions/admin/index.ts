/**
 * Cloud function `admin`: the merchant console's actions (see src/contracts/admin.ts).
 * Staff binding and invites are the `staff` function's.
 */
import { adminContracts } from '@/contracts/admin'
import { defineFunction } from '../_shared/define-function'
import { chainAdmin, consoleCaller } from './access'
import { auditList } from './audit'
import { campaignKind } from './kinds/campaign'
import { categoryKind } from './kinds/category'
import { couponTemplateKind } from './kinds/coupon-template'
import { flashItemKind } from './kinds/flash-item'
import { leaderKind } from './kinds/leader'
import { productKind } from './kinds/product'
import { sceneKind } from './kinds/scene'
import { storeKind } from './kinds/store'
import { teamOfferKind } from './kinds/team-offer'
import { recordActions } from './record-actions'
import { sceneQr } from './scene-qr'
import { stats } from './stats'
import { flashItemStock, productStock } from './stock-adjust'
import { pointsRulesGet, pointsRulesUpdate, tiersGet, tiersUpdate } from './settings-actions'

const prefixed = <K extends string, A extends Record<string, unknown>>(kind: K, actions: A) =>
  Object.fromEntries(Object.entries(actions).map(([name, handler]) => [`${kind}.${name}`, handler])) as { [N in keyof A as `${K}.${N & string}`]: A[N] }

export const main = defineFunction({
  contracts: adminContracts,
  handlers: {
    whoami: async (_input, ctx) => {
      const { role, storeId } = await consoleCaller(ctx.db, ctx.openid)
      return { role, storeId }
    },
    ...prefixed('store', recordActions(storeKind)),
    ...prefixed('scene', recordActions(sceneKind)),
    ...prefixed('couponTemplate', recordActions(couponTemplateKind)),
    ...prefixed('campaign', recordActions(campaignKind)),
    ...prefixed('category', recordActions(categoryKind)),
    ...prefixed('product', recordActions(productKind)),
    ...prefixed('flashItem', recordActions(flashItemKind)),
    ...prefixed('leader', recordActions(leaderKind)),
    ...prefixed('teamOffer', recordActions(teamOfferKind)),
    'product.stock': productStock,
    'flashItem.stock': flashItemStock,
    'scene.qr': sceneQr,
    'tiers.get': tiersGet,
    'tiers.update': tiersUpdate,
    'pointsRules.get': pointsRulesGet,
    'pointsRules.update': pointsRulesUpdate,
    stats,
    'audit.list': async (input, ctx) => {
      await chainAdmin(ctx.db, ctx.openid)
      return auditList(ctx.db, input)
    },
  },
})
