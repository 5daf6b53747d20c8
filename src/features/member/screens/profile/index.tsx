import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Cell, Skeleton } from '@nutui/nutui-react-taro'
import { NetworkError, User } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { openPage } from '@/lib/navigate'
import { tabs } from '@/lib/routes'
import { useProfile } from '../../api/get-profile'
import { useUpdateProfile, type ProfileChanges } from '../../api/update-profile'
import { isNotMember } from '@/lib/use-cloud-query'
import { AvatarPicker } from '../../components/profile/avatar-picker'
import { BirthdayField } from '../../components/profile/birthday-field'
import { NicknameField } from '../../components/profile/nickname-field'
import { PhoneButton } from '../../components/profile/phone-button'
import '../../components/profile/index.scss'

/** 个人资料: avatar, nickname, phone and birthday (once). Subpackage `member`. */
export default function ProfileScreen() {
  const { data: profile, error, loading, reload, set } = useProfile()
  const { save, pending } = useUpdateProfile(set)

  const saveWithToast = async (changes: ProfileChanges, done = '已保存') => {
    const ok = (await save(changes)) === true
    if (ok) void Taro.showToast({ title: done, icon: 'success' })
    return ok
  }

  if (!profile) {
    if (loading) return <ProfileSkeleton />
    if (isNotMember(error)) {
      return (
        <EmptyState icon={<User size={36} />} title='加入会员后可完善资料' description='完善生日，领取生日礼'>
          <Button type='primary' onClick={() => openPage(tabs.member)}>
            去入会
          </Button>
        </EmptyState>
      )
    }
    return (
      <EmptyState icon={<NetworkError size={36} />} title='资料加载失败' description={error?.message}>
        <Button type='primary' fill='outline' onClick={() => void reload()}>
          重试
        </Button>
      </EmptyState>
    )
  }

  return (
    <View className='profile-screen'>
      <Cell.Group>
        <Cell title='头像' align='center' extra={<AvatarPicker url={profile.avatarUrl} onPicked={(avatarUrl) => void saveWithToast({ avatarUrl })} />} />
        <Cell title='昵称' align='center' extra={<NicknameField nickname={profile.nickname} disabled={pending} onSave={(nickname) => saveWithToast({ nickname })} />} />
      </Cell.Group>
      <Cell.Group>
        <Cell
          title='手机号'
          align='center'
          extra={
            <View className='profile-screen__phone'>
              <View>{profile.phoneMasked ?? '未绑定'}</View>
              <PhoneButton bound={!!profile.phoneMasked} disabled={pending} onCode={(phoneCode) => void saveWithToast({ phoneCode }, '手机号已绑定')} />
            </View>
          }
        />
        <Cell
          title='生日'
          align='center'
          extra={<BirthdayField birthday={profile.birthday} locked={profile.birthdayLocked} disabled={pending} onPick={(birthday) => void saveWithToast({ birthday })} />}
        />
      </Cell.Group>
      <View className='profile-screen__note'>手机号仅用于会员身份识别与到店核销；生日用于发放生日礼，设置后不可自行修改。</View>
    </View>
  )
}

function ProfileSkeleton() {
  return (
    <View className='profile-screen'>
      <Skeleton rows={6} animated />
    </View>
  )
}
