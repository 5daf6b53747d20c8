import { callCloud } from '@/lib/cloud'
import type { SigninCalendarDay, SigninCycleDay, SigninStatus } from '@/contracts/signin'
import { useCloudQuery } from '../hooks/use-cloud-query'

export type { SigninCalendarDay, SigninCycleDay, SigninStatus }

/** The sign-in page's data for `month` ('YYYY-MM'; default this month, Shanghai time). */
export const getSigninStatus = (month?: string) => callCloud('signin', 'status', month ? { month } : {}, { silent: true })

export const useSigninStatus = (month?: string) => useCloudQuery(() => getSigninStatus(month), month ?? '')
