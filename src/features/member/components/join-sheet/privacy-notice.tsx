import { useState } from 'react'
import { Text, View } from '@tarojs/components'

/**
 * The consent line above 「同意并加入」 and a summary of 《会员隐私保护指引》. On WeChat the
 * full guide is the one configured in the mini program's admin console (what
 * `wx.openPrivacyContract` shows); the summary here is what the member agrees to.
 */
export function PrivacyNotice() {
  const [open, setOpen] = useState(false)
  return (
    <View className='join-sheet__privacy'>
      <View>
        点击「同意并加入」，即表示我已阅读并同意
        <Text className='join-sheet__link' onClick={() => setOpen(!open)}>
          《会员隐私保护指引》
        </Text>
      </View>
      {open && (
        <View className='join-sheet__guide'>
          我们仅为提供会员服务收集必要信息：会员卡号、入会门店、积分与消费记录；你主动填写的昵称、头像、手机号和生日。信息仅用于积分、优惠券、会员等级与生日礼，不会出售给第三方。你可以随时在「我的 - 个人资料」中查看和修改。
        </View>
      )}
    </View>
  )
}
