import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { useCheckIn, type CheckinResult } from '../api/check-in'
import { useSigninStatus, type SigninCalendarDay } from '../api/get-signin-status'
import { useMakeUp } from '../api/make-up'
import { useSetReminder } from '../api/set-reminder'
import { makeupRefusal } from '../model/calendar-view'

/** How long the reward animation stays on screen (the CSS runs 1.6 s). */
const BURST_MS = 1800

/**
 * The sign-in page's state: which month is shown, the status, and the three writes.
 * After every write the status is fetched again: the server decides what changed.
 */
export function useSigninPage() {
  const [month, setMonth] = useState<string | undefined>(undefined)
  const status = useSigninStatus(month)
  const checkin = useCheckIn()
  const makeup = useMakeUp()
  const reminder = useSetReminder()
  const [burst, setBurst] = useState<CheckinResult | null>(null)
  const [makeupDay, setMakeupDay] = useState<string | null>(null)

  useEffect(() => {
    if (!burst) return undefined
    const timer = setTimeout(() => setBurst(null), BURST_MS)
    return () => clearTimeout(timer)
  }, [burst])

  /** Back to this month (where the sign-in is) and fetch. */
  const showToday = async () => {
    if (month && month !== status.data?.months.last) setMonth(undefined)
    else await status.reload()
  }

  const onCheckin = async () => {
    const result = await checkin.run()
    if (!result) return
    setBurst(result)
    if (result.reward.couponNote) void Taro.showToast({ title: result.reward.couponNote, icon: 'none', duration: 2500 })
    await showToday()
  }

  const onDay = (day: SigninCalendarDay) => {
    if (!status.data) return
    if (day.canMakeup) return setMakeupDay(day.day)
    const why = makeupRefusal(day, status.data)
    if (why) void Taro.showToast({ title: why, icon: 'none' })
  }

  const onConfirmMakeup = async () => {
    if (!makeupDay) return
    const result = await makeup.run(makeupDay)
    if (!result) return
    setMakeupDay(null)
    void Taro.showToast({ title: `补签成功，连签 ${result.streak} 天`, icon: 'none' })
    await status.reload()
  }

  const onReminder = async (on: boolean) => {
    const next = await reminder.run(on, status.data?.reminderTemplateId ?? null)
    if (next === undefined) return
    void Taro.showToast({ title: next ? '已开启签到提醒' : '已关闭签到提醒', icon: 'none' })
    await status.reload()
  }

  return {
    status,
    setMonth,
    refresh: status.reload,
    checkin: { pending: checkin.pending, burst, onCheckin },
    makeup: { day: makeupDay, pending: makeup.pending, onDay, onConfirm: onConfirmMakeup, onClose: () => !makeup.pending && setMakeupDay(null) },
    reminder: { pending: reminder.pending, onChange: onReminder },
  }
}
