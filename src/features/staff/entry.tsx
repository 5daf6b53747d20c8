/**
 * The way in from 我的, shown only to bound, active staff. A separate face from index.ts,
 * so the main package takes this and not the workspace screens.
 */
import { Cell } from '@nutui/nutui-react-taro'
import { ArrowRight } from '@nutui/icons-react-taro'
import { useDidShow } from '@tarojs/taro'
import { openPage } from '@/lib/navigate'
import { useMySeat } from './api/get-my-seat'
import { staffRoutes } from './routes'

export function StaffEntry() {
  const me = useMySeat()
  useDidShow(() => void me.reload())
  const seat = me.data?.seat
  if (!seat) return null
  return (
    <Cell.Group>
      <Cell className='staff-entry' title='门店工作台' description={`${seat.storeName} · ${seat.roleName}`} extra={<ArrowRight size={14} color='#c2c4cc' />} align='center' clickable onClick={() => openPage(staffRoutes.workspace)} />
    </Cell.Group>
  )
}
