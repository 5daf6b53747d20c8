import Taro, { usePullDownRefresh } from '@tarojs/taro'

/**
 * Pull-to-refresh for a page: runs `refresh` (if any) and always stops the spinner.
 * Failures were already shown by the cloud client, so they end here.
 */
export function usePageRefresh(refresh?: () => Promise<unknown> | void) {
  usePullDownRefresh(async () => {
    try {
      await refresh?.()
    } catch {
      // shown by callCloud's error toast
    } finally {
      Taro.stopPullDownRefresh()
    }
  })
}
