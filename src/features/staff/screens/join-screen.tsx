import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Input, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { openPage } from '@/lib/navigate'
import { bindInvite } from '../api/team'
import { useSingleFlight } from '@/lib/use-single-flight'
import { staffRoutes } from '../routes'
import './join-screen.scss'

/** Opening an invite: the new staff member gives their name and is bound to the store. */
export default function JoinScreen() {
  const code = useRouter().params.invite ?? ''
  const [name, setName] = useState('')
  const flight = useSingleFlight(bindInvite)
  const [bound, setBound] = useState<Awaited<ReturnType<typeof bindInvite>>>()

  if (bound) {
    return (
      <View className='staff-join'>
        <View className='staff-join__card'>
          <View className='staff-join__title'>加入成功</View>
          <View className='staff-join__text'>
            你已成为{bound.seat.storeName}的{bound.seat.roleName}
          </View>
          <Button className='staff-join__go' type='primary' block onClick={() => openPage(staffRoutes.workspace)}>
            进入门店工作台
          </Button>
        </View>
      </View>
    )
  }
  return (
    <View className='staff-join'>
      <View className='staff-join__card'>
        <View className='staff-join__title'>加入门店</View>
        <View className='staff-join__text'>你收到了一份门店员工邀请，填写称呼后即可使用门店工作台。</View>
        <Input className='staff-join__name' value={name} maxlength={20} placeholder='你的称呼，如 小王' onInput={(e) => setName(e.detail.value)} />
        {flight.error && <View className='staff-join__error'>{flight.error.message}</View>}
        {!code && <View className='staff-join__error'>邀请链接不完整，请重新扫码</View>}
        <Button className='staff-join__go' type='primary' block loading={flight.pending} disabled={!code || !name.trim()} onClick={() => void flight.run(code, name.trim()).then((r) => r && setBound(r))}>
          确认加入
        </Button>
      </View>
    </View>
  )
}
