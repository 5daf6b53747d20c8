/**
 * The share card: 「【接龙】车厘子 199元/5斤 · 已有 37 人参与」 and a path that carries the
 * chain id and the sharer. Sharing itself earns nothing (WeChat bans 诱导分享).
 */
import { formatFen } from './money-text'

export const CHAIN_PAGE = '/packages/groupbuy/pages/chain/index'

export function shareTitle(chain: { title: string; fromPriceFen: number; unit?: string }, participants: number): string {
  const unit = chain.unit ? `/${chain.unit}` : ''
  const joined = participants > 0 ? ` · 已有 ${participants} 人参与` : ''
  return `【接龙】${chain.title} ${formatFen(chain.fromPriceFen)}元${unit}${joined}`
}

/** The shared path: chain id, and the sharer's card number (never an openid). */
export function sharePath(chainId: string, sharerCardNo: string | null): string {
  return `${CHAIN_PAGE}?id=${encodeURIComponent(chainId)}${sharerCardNo ? `&from=${encodeURIComponent(sharerCardNo)}` : ''}`
}
