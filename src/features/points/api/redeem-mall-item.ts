import { callCloud } from '@/lib/cloud'
import type { pointsContracts } from '@/contracts/points'
import type { ResultOf } from '@/lib/cloud-types'
import { useSubmit } from '@/lib/use-submit'
import { markPointsChanged } from '../hooks/points-changed'

export type RedeemResult = ResultOf<(typeof pointsContracts)['mall.redeem']>

/**
 * Spends points on one item. The cloud client saves the requestId before sending, so a
 * retry after a lost reply replays the first result instead of spending twice. Silent: the
 * detail page shows the button's own spinner and the refusal (积分不足, 已兑完…) inline.
 */
export const redeemMallItem = (itemId: string) => callCloud('points', 'mall.redeem', { itemId }, { silent: true })

/** One redemption at a time: a second tap while pending does nothing. */
export function useRedeemMallItem() {
  const { submit, pending, error } = useSubmit(async (itemId: string): Promise<RedeemResult> => {
    const result = await redeemMallItem(itemId)
    markPointsChanged()
    return result
  })
  return { redeem: submit, pending, error }
}
