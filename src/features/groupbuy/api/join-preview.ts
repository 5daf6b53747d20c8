import { useCloudQuery } from '@/lib/use-cloud-query'
import { previewJoin, type JoinLines } from './chain'

export type JoinPreview = Awaited<ReturnType<typeof previewJoin>>

/** The join sheet's numbers for these quantities and choices (nothing to ask while no quantity is picked). */
export function useJoinPreview(chainId: string, lines: JoinLines, couponId: string | null | undefined, usePoints: boolean) {
  const key = `join-preview:${chainId}:${JSON.stringify(lines)}:${couponId === undefined ? 'best' : (couponId ?? 'none')}:${usePoints}`
  return useCloudQuery(key, () => previewJoin(chainId, lines, couponId, usePoints), lines.length > 0)
}
