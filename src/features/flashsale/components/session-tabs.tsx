import { ScrollView, View } from '@tarojs/components'
import type { FlashSessionView } from '@/contracts/flashsale'
import './session-tabs.scss'

const sessionLabel = (s: FlashSessionView, now: Date) => {
  const t = now.getTime()
  if (t >= new Date(s.endAt).getTime()) return '已结束'
  return t >= new Date(s.startAt).getTime() ? '抢购中' : '即将开抢'
}

/** The session tabs: start time and state (on the server's clock), the chosen one highlighted. */
export function SessionTabs({ sessions, active, now, onChange }: { sessions: FlashSessionView[]; active: string; now: Date; onChange: (sessionId: string) => void }) {
  return (
    <ScrollView scrollX className='session-tabs'>
      {sessions.map((s) => (
        <View key={s.sessionId} className={`session-tabs__tab${s.sessionId === active ? ' session-tabs__tab--active' : ''}`} onClick={() => onChange(s.sessionId)}>
          <View className='session-tabs__time'>{s.start}</View>
          {s.sessionId.slice(0, 10) !== sessions[0].sessionId.slice(0, 10) && <View className='session-tabs__day'>明日</View>}
          <View className='session-tabs__state'>{sessionLabel(s, now)}</View>
        </View>
      ))}
    </ScrollView>
  )
}
