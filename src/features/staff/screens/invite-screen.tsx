import { useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Radio } from '@nutui/nutui-react-taro'
import { QrView } from '@/components/qr-code'
import { formatDateTime } from '@/domain/time'
import { useMySeat } from '../api/get-my-seat'
import { makeInvite } from '../api/team'
import { useSingleFlight } from '@/lib/use-single-flight'
import { inviteLink } from '../logic/invite-link'
import './invite-screen.scss'

/**
 * 邀请店员: a 店长 (店员 of their store) or an admin (店员 or 店长) makes a one-time invite,
 * shown as a QR and a link, valid 24 hours. The merchant console (issue 15) will take
 * this over for admins; until then this is their way.
 */
export default function InviteScreen() {
  const seat = useMySeat().data?.seat
  const [role, setRole] = useState<'staff' | 'manager'>('staff')
  const flight = useSingleFlight(makeInvite)
  const [invite, setInvite] = useState<Awaited<ReturnType<typeof makeInvite>>>()
  const link = useMemo(() => (invite ? inviteLink(invite.path) : ''), [invite])

  if (!seat) return <View className='invite' />
  const make = async () => {
    const made = await flight.run(seat.storeId, role)
    if (made) setInvite(made)
  }

  return (
    <View className='invite'>
      <View className='invite__card'>
        <View className='invite__store'>{seat.storeName}</View>
        {seat.role === 'admin' && (
          <Radio.Group className='invite__roles' value={role} direction='horizontal' onChange={(v) => setRole(v as 'staff' | 'manager')}>
            <Radio value='staff'>店员</Radio>
            <Radio value='manager'>店长</Radio>
          </Radio.Group>
        )}
        <Button className='invite__make' type='primary' block loading={flight.pending} onClick={() => void make()}>
          {invite ? '再生成一个' : '生成邀请码'}
        </Button>
        {flight.error && <View className='invite__error'>{flight.error.message}</View>}
      </View>
      {invite && (
        <View className='invite__card invite__result'>
          <View className='invite__hint'>
            请新{invite.roleName}用微信扫码或打开链接加入，{formatDateTime(invite.expiresAt)} 前有效，仅可使用一次
          </View>
          <View className='invite__qr'>
            <QrView text={link} maxPx={200} />
          </View>
          <View className='invite__code'>{invite.code}</View>
          <View className='invite__link'>{link}</View>
        </View>
      )}
    </View>
  )
}
