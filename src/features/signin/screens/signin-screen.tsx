import { View } from '@tarojs/components'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { JoinPrompt } from '../components/join-prompt'
import { LoadFailed } from '@/components/load-failed'
import { MakeupDialog } from '../components/makeup-dialog'
import { ReminderRow } from '../components/reminder-row'
import { RewardCycle } from '../components/reward-cycle'
import { SigninCalendar } from '../components/signin-calendar'
import { SigninHero } from '../components/signin-hero'
import { SigninRules } from '../components/signin-rules'
import { SigninSkeleton } from '../components/signin-skeleton'
import { isNotMember } from '@/lib/use-cloud-query'
import { useSigninPage } from '../hooks/use-signin-page'
import { makeupChange } from '../model/calendar-view'
import './signin-screen.scss'

/** 每日签到: streak and banner, the big button, the reward cycle, the month calendar with 补签, the reminder. */
export default function SigninScreen() {
  const page = useSigninPage()
  const { data, error, loading } = page.status
  usePageRefresh(page.refresh)

  if (isNotMember(error)) return <JoinPrompt />
  if (!data) return error ? <LoadFailed message={error.message} onRetry={page.refresh} /> : <SigninSkeleton />

  const makeupDay = data.calendar.find((d) => d.day === page.makeup.day)
  return (
    <View className='signin-screen'>
      <SigninHero status={data} pending={page.checkin.pending} burst={page.checkin.burst} onCheckin={page.checkin.onCheckin} />
      <View className='signin-screen__body'>
        <RewardCycle status={data} />
        <SigninCalendar status={data} loading={loading} onMonth={page.setMonth} onDay={page.makeup.onDay} />
        <ReminderRow on={data.reminder} available={data.reminderTemplateId !== null} pending={page.reminder.pending} onChange={page.reminder.onChange} />
        <SigninRules status={data} />
      </View>
      <MakeupDialog day={page.makeup.day} cost={data.makeupCost} left={data.makeupsLeft} points={data.points} pending={page.makeup.pending} change={makeupDay ? makeupChange(makeupDay, data) : null} onConfirm={page.makeup.onConfirm} onClose={page.makeup.onClose} />
    </View>
  )
}
