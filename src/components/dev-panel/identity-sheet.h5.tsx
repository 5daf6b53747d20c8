import Taro from '@tarojs/taro'
import { ActionSheet } from '@nutui/nutui-react-taro'
import { currentOpenid, newVisitorOpenid, switchIdentity } from '@/lib/dev-identity.h5'

/** Who the browser can be in local mode; openids the local cloud's seed data knows. */
const identities = [
  { name: '新访客', openid: () => newVisitorOpenid() },
  { name: '会员', openid: () => 'demo-member' },
  { name: '店员', openid: () => 'demo-staff' },
  { name: '管理员', openid: () => 'demo-admin' },
  { name: '团长', openid: () => 'demo-leader' },
]

/**
 * The identity list of the dev panel. Its own chunk: NutUI's ActionSheet (Popup, Overlay,
 * transitions) is not part of the app chunk every first screen downloads.
 */
export default function IdentitySheet({ visible, onClose }: { visible: boolean; onClose: () => void }) {
  const openid = visible ? currentOpenid() : ''
  return (
    <ActionSheet
      visible={visible}
      title='切换身份（仅本地演示）'
      description={`当前：${openid}`}
      options={identities.map(({ name }) => ({ name }))}
      cancelText='取消'
      onCancel={onClose}
      onSelect={(_, index) => {
        onClose()
        void switchIdentity(identities[index].openid()).catch(() => {
          void Taro.showToast({ title: '切换失败：本地云服务没有启动？', icon: 'none' })
        })
      }}
    />
  )
}
