import { useState } from 'react'
import { createPortal } from 'react-dom'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ActionSheet } from '@nutui/nutui-react-taro'
import { currentOpenid, newVisitorOpenid, switchIdentity } from '@/lib/dev-identity.h5'
import './dev-panel.scss'

/** Who the browser can be in local mode; openids the local cloud's seed data knows. */
const identities = [
  { name: '新访客', openid: () => newVisitorOpenid() },
  { name: '会员', openid: () => 'demo-member' },
  { name: '店员', openid: () => 'demo-staff' },
  { name: '管理员', openid: () => 'demo-admin' },
  { name: '团长', openid: () => 'demo-leader' },
]

/** H5-only floating switch between demo identities; the weapp build gets dev-panel.weapp.tsx. */
export function DevPanel() {
  const [open, setOpen] = useState(false)
  const openid = open ? currentOpenid() : ''

  // Portal to <body>: a sibling inside Taro's router container would break its
  // `.taro_page:not(:last-child)` rule and hide pages opened with navigateTo.
  return createPortal(
    <>
      <View className='dev-panel__button' onClick={() => setOpen(true)}>
        切换身份
      </View>
      <ActionSheet
        visible={open}
        title='切换身份（仅本地演示）'
        description={`当前：${openid}`}
        options={identities.map(({ name }) => ({ name }))}
        cancelText='取消'
        onCancel={() => setOpen(false)}
        onSelect={(_, index) => {
          setOpen(false)
          void switchIdentity(identities[index].openid()).catch(() => {
            void Taro.showToast({ title: '切换失败：本地云服务没有启动？', icon: 'none' })
          })
        }}
      />
    </>,
    document.body,
  )
}
