import Taro from '@tarojs/taro'

/** Asks the user to accept the reminder template (one message per acceptance). */
export async function requestReminderConsent(templateId: string): Promise<boolean> {
  try {
    const result = await Taro.requestSubscribeMessage({ tmplIds: [templateId] } as Taro.requestSubscribeMessage.Option)
    return (result as unknown as Record<string, string>)[templateId] === 'accept'
  } catch {
    return false
  }
}
