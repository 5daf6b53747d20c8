import Taro from '@tarojs/taro'
import { callFlashsale } from '@/lib/flashsale-client'
import { requestRemindConsent } from './request-remind-consent'

/** 开抢提醒: asks WeChat for the subscription first; a refusal leaves it off. */
export async function remindMe(itemId: string, templateId: string): Promise<boolean> {
  if (!(await requestRemindConsent(templateId))) {
    void Taro.showToast({ title: '需要允许订阅消息才能提醒你', icon: 'none' })
    return false
  }
  const reply = await callFlashsale('flashsale', 'remind', { itemId }, { loading: '设置中' })
  if (reply.reminded) void Taro.showToast({ title: '开抢前 3 分钟提醒你', icon: 'none' })
  return reply.reminded
}
