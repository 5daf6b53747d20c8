import { useState } from 'react'
import { Button, View } from '@tarojs/components'
import { formatDateTime } from '@/domain/time'
import { makeStoreInvite } from '../../api/make-invite'
import { ChoiceChips } from '../../components/choice-chips'
import { FormField } from '../../components/form-field'

type Invite = Awaited<ReturnType<typeof makeStoreInvite>>

/** 邀请店员: a one-time invite, valid 24 hours; a 店长 invites 店员 to their own store only. */
export function InviteCard({ storeId, admin }: { storeId: string | null; admin: boolean }) {
  const [store, setStore] = useState(storeId ?? '')
  const [role, setRole] = useState<'staff' | 'manager'>('staff')
  const [invite, setInvite] = useState<Invite>()
  const [busy, setBusy] = useState(false)
  const error = store && !/^[A-Za-z0-9_-]{1,64}$/.test(store) ? '门店编号格式不正确' : undefined
  const make = async () => {
    if (busy || !store || error) return
    setBusy(true)
    try {
      setInvite(await makeStoreInvite(store, role))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='admin-card'>
      <View className='admin-card__title'>邀请店员</View>
      {admin ? <ChoiceChips options={[['staff', '店员'], ['manager', '店长']] as const} value={role} onChange={setRole} /> : null}
      {admin ? <FormField label='门店编号' id='invite-store' value={store} onInput={setStore} error={error} /> : <View className='admin-muted'>本门店：{storeId}</View>}
      <Button className='admin-button admin-button--primary' disabled={busy || !store} onClick={make}>生成邀请</Button>
      {invite ? (
        <View className='admin-muted' id='invite-made'>
          {invite.storeName} · {invite.roleName} · 邀请码 {invite.code}，{formatDateTime(new Date(invite.expiresAt))} 前有效。请店员在小程序中打开：{invite.path}
        </View>
      ) : null}
    </View>
  )
}
