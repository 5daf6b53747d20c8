import { View } from '@tarojs/components'
import { Dialog } from '@nutui/nutui-react-taro'
import { formatPoints } from '@/domain/points'
import { dayLabel, type MakeupChange } from '../model/calendar-view'
import './makeup-dialog.scss'

export interface MakeupDialogProps {
  /** The missed day to make up, or null when closed. */
  day: string | null
  cost: number
  left: number
  points: number
  pending: boolean
  /** What the make-up does to the next sign-in's reward (from the server's preview). */
  change: MakeupChange | null
  onConfirm: () => void
  onClose: () => void
}

/** 「消耗 20 积分补签 11月22日？」 with the make-ups left this month and the balance. */
export function MakeupDialog({ day, cost, left, points, pending, change, onConfirm, onClose }: MakeupDialogProps) {
  const short = points < cost
  return (
    <Dialog
      visible={day !== null}
      title='补签'
      confirmText={pending ? '补签中' : short ? '积分不足' : '确认补签'}
      cancelText='再想想'
      disableConfirmButton={pending || short}
      closeOnOverlayClick={!pending}
      onConfirm={onConfirm}
      onCancel={onClose}
      onClose={onClose}
    >
      {day && (
        <View className='makeup-dialog'>
          <View className='makeup-dialog__question'>
            消耗 {cost} 积分补签 {dayLabel(day)}？
          </View>
          <View className='makeup-dialog__facts'>
            本月还可补签 {left} 次 · 当前积分 {formatPoints(points)}
          </View>
          {change && (
            <View className={`makeup-dialog__change ${change.worse ? 'makeup-dialog__change--worse' : ''}`}>
              <View>{change.streak > 0 ? `补签后连签 ${change.streak} 天` : '补签这天还连不上今天的连签'}</View>
              <View>
                {change.when}签到可得：{change.before === change.after ? change.after : `${change.before} → ${change.after}`}
              </View>
              {change.worse && <View className='makeup-dialog__warning'>补签后{change.when}的签到奖励会变少</View>}
            </View>
          )}
          <View className='makeup-dialog__note'>补签后连签天数继续累计，补签当天不发放奖励</View>
        </View>
      )}
    </Dialog>
  )
}
