import { callCloud } from '@/lib/cloud'
import type { pointsContracts } from '@/contracts/points'
import type { ResultOf } from '@/lib/cloud-types'
import { useSingleFlight } from '@/lib/use-single-flight'
import { markPointsChanged } from '../hooks/points-changed'

export type RedeemResult = ResultOf<(typeof pointsContracts)['mall.redeem']>

/**
 * Spends points on one item. The cloud client saves the requestId before sending, so a
 * retry after a lost reply replays the first result instead of spending twice. Silent: the
 * detail page shows the button's own spinner and the refusal (积分不足, 已兑完…) inline.
 */
export const redeemMallItem = (itemId: string) => callCloud('points', 'mall.redeem', { itemId }, { silent: true })

/**
 * One redemption at a time: a second tap while pending joins the first call and gets its
 * answer (the success and its pickup code), never a refusal of its own.
 */
export function useRedeemMallItem() {
  const { run: redeem, pending, error } = useSingleFlight(async (itemId: string): Promise<RedeemResult> => {
    const result = await redeemMallItem(itemId)
    markPointsChanged()
    return result
  })
  return { redeem, pending, error }
}
