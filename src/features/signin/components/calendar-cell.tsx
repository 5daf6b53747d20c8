import { View } from '@tarojs/components'
import { Check } from '@nutui/icons-react-taro'
import type { SigninCalendarDay } from '../api/get-signin-status'
import './calendar-cell.scss'

const dateOf = (day: string) => String(Number(day.slice(8, 10)))

/** Under the mark: 今天 for today, the date under ✓ and 补 (whose marks hide it). */
function caption(day: SigninCalendarDay): string {
  if (day.isToday) return '今天'
  return day.state === 'signed' || day.state === 'makeup' ? dateOf(day.day) : ''
}

/** One day of the sign-in calendar. */
export function CalendarCell({ day, onTap }: { day: SigninCalendarDay; onTap: (day: SigninCalendarDay) => void }) {
  const classes = ['calendar-cell', `calendar-cell--${day.state}`, day.isToday && 'calendar-cell--is-today', day.canMakeup && 'calendar-cell--can-makeup'].filter(Boolean).join(' ')
  return (
    <View className={classes} data-day={day.day} onClick={() => onTap(day)}>
      <View className='calendar-cell__mark'>
        {day.state === 'signed' ? <Check size={16} /> : day.state === 'makeup' ? '补' : dateOf(day.day)}
      </View>
      <View className='calendar-cell__caption'>{caption(day)}</View>
    </View>
  )
}
