import { View } from '@tarojs/components'
import { ArrowLeft, ArrowRight } from '@nutui/icons-react-taro'
import type { SigninCalendarDay, SigninStatus } from '../api/get-signin-status'
import { calendarWeeks, monthBounds, monthTitle, shiftMonth, WEEKDAY_LABELS } from '../model/calendar-view'
import { CalendarCell } from './calendar-cell'
import './signin-calendar.scss'

export interface SigninCalendarProps {
  status: SigninStatus
  /** A month is being fetched: the grid dims until it arrives. */
  loading: boolean
  onMonth: (month: string) => void
  onDay: (day: SigninCalendarDay) => void
}

/** The month's days: signed ✓, made up 补, missed (tap to make up), today, future. */
export function SigninCalendar({ status, loading, onMonth, onDay }: SigninCalendarProps) {
  const bounds = monthBounds(status)
  const canBack = status.month > bounds.first
  const canForward = status.month < bounds.last
  const isCurrent = status.month === status.months.last
  return (
    <View className='signin-card signin-calendar'>
      <View className='signin-calendar__nav'>
        <View className={`signin-calendar__arrow${canBack ? '' : ' signin-calendar__arrow--off'}`} onClick={() => canBack && onMonth(shiftMonth(status.month, -1))}>
          <ArrowLeft size={14} />
        </View>
        <View className='signin-calendar__month'>{monthTitle(status.month)}</View>
        <View className={`signin-calendar__arrow${canForward ? '' : ' signin-calendar__arrow--off'}`} onClick={() => canForward && onMonth(shiftMonth(status.month, 1))}>
          <ArrowRight size={14} />
        </View>
      </View>
      <View className='signin-calendar__weekdays'>
        {WEEKDAY_LABELS.map((w) => (
          <View key={w} className='signin-calendar__weekday'>{w}</View>
        ))}
      </View>
      <View className={`signin-calendar__grid${loading ? ' signin-calendar__grid--loading' : ''}`}>
        {calendarWeeks(status.calendar).map((week, i) => (
          <View key={i} className='signin-calendar__week'>
            {week.map((day, j) => (day ? <CalendarCell key={day.day} day={day} onTap={onDay} /> : <View key={`pad-${j}`} className='calendar-cell' />))}
          </View>
        ))}
      </View>
      <View className='signin-calendar__foot'>
        <View className='signin-calendar__legend'>
          <View className='signin-calendar__key signin-calendar__key--signed'>已签到</View>
          <View className='signin-calendar__key signin-calendar__key--makeup'>已补签</View>
          <View className='signin-calendar__key signin-calendar__key--can'>可补签</View>
        </View>
        {!isCurrent && <View className='signin-calendar__quota'>这个月签到 {status.calendar.filter((d) => d.state === 'signed' || d.state === 'makeup').length} 天</View>}
        {isCurrent && (
          <View className='signin-calendar__quota'>
            本月还可补签 {status.makeupsLeft} 次 · 每次 {status.makeupCost} 积分{status.makeupsLeft > 0 && status.calendar.some((d) => d.canMakeup) ? '，点虚线日期补签' : ''}
          </View>
        )}
      </View>
    </View>
  )
}
