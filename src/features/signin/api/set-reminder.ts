import Taro from '@tarojs/taro'
import { callCloud, isCloudError } from '@/lib/cloud'
import { requestReminderConsent } from './request-reminder-consent'
import { useSingleFlight } from '@/lib/use-single-flight'

/** The daily 20:00 reminder on or off. */
export const setReminder = (on: boolean, templateId?: string) =>
  callCloud('signin', 'reminder', templateId ? { on, templateId } : { on }, { silent: true })

/**
 * Turning it on asks WeChat for the subscription first (weapp); a refusal leaves it off.
 * Resolves the switch's new state, or undefined when nothing changed.
 */
export function useSetReminder() {
  return useSingleFlight(async (on: boolean, templateId: string | null): Promise<boolean | undefined> => {
    try {
      if (on && templateId && !(await requestReminderConsent(templateId))) {
        void Taro.showToast({ title: '需要允许订阅消息才能提醒你', icon: 'none' })
        return undefined
      }
      return (await setReminder(on, on ? (templateId ?? undefined) : undefined)).reminder
    } catch (error) {
      void Taro.showToast({ title: isCloudError(error) ? error.message : '设置失败，请稍后重试', icon: 'none' })
      return undefined
    }
  })
}
