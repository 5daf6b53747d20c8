import { callCloud } from '@/lib/cloud'
import type { SigninCalendarDay, SigninCycleDay, SigninStatus } from '@/contracts/signin'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type { SigninCalendarDay, SigninCycleDay, SigninStatus }

/** The sign-in page's data for `month` ('YYYY-MM'; default this month, Shanghai time). */
export const getSigninStatus = (month?: string) => callCloud('signin', 'status', month ? { month } : {}, { silent: true })

/** While another month loads, the page keeps showing the last one (no skeleton flash). */
export function useSigninStatus(month?: string) {
  const query = useCloudQuery(`status:${month ?? ''}`, () => getSigninStatus(month))
  return { ...query, data: query.data ?? query.latest }
}
