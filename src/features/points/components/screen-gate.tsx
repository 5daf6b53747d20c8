import type { ReactNode } from 'react'
import { isNotMember, type CloudQuery } from '@/lib/use-cloud-query'
import { JoinPrompt } from './join-prompt'
import { LoadFailed } from '@/components/load-failed'
import { PointsSkeleton } from './points-skeleton'

export interface ScreenGateProps<T> {
  query: CloudQuery<T>
  /** Drawn once the data is there. */
  children: (data: T) => ReactNode
}

/**
 * What every points screen shows before its data: a skeleton, the join prompt for
 * visitors, or the failure with a retry. Data already shown stays on a failed refresh.
 */
export function ScreenGate<T>({ query, children }: ScreenGateProps<T>) {
  if (isNotMember(query.error)) return <JoinPrompt />
  if (query.data !== undefined) return <>{children(query.data)}</>
  if (query.error) return <LoadFailed message={query.error.message} onRetry={query.reload} />
  return <PointsSkeleton />
}
