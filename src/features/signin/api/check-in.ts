import Taro from '@tarojs/taro'
import { callCloud, isCloudError } from '@/lib/cloud'
import type { CheckinResult } from '@/contracts/signin'
import { useSingleFlight } from '@/lib/use-single-flight'

export type { CheckinResult }

/** Signs in for today; a repeat the same day answers what the first sign-in got. */
export const checkIn = () => callCloud('signin', 'checkin', {}, { silent: true })

/** The button shows its own progress (no loading mask over the animation); errors become a toast. */
export function useCheckIn() {
  return useSingleFlight(async (): Promise<CheckinResult | undefined> => {
    try {
      return await checkIn()
    } catch (error) {
      void Taro.showToast({ title: isCloudError(error) ? error.message : '签到失败，请稍后重试', icon: 'none' })
      return undefined
    }
  })
}
