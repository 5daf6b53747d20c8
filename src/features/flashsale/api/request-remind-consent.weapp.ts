import Taro from '@tarojs/taro'

/** 开抢提醒 needs the member to accept the template once (one message per acceptance), from a tap. */
export async function requestRemindConsent(templateId: string): Promise<boolean> {
  const result = (await Taro.requestSubscribeMessage({ tmplIds: [templateId] } as Taro.requestSubscribeMessage.Option).catch(() => ({}))) as Record<string, string>
  return result[templateId] === 'accept'
}
