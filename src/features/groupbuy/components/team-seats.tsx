import { Image, View } from '@tarojs/components'
import type { TeamView } from '../api/team'

/** The team's seats: paid members (masked names, avatars), then the empty seats left. */
export function TeamSeats({ team }: { team: TeamView }) {
  const empty = Array.from({ length: team.seatsLeft })
  return (
    <View className='gb-team-seats'>
      {team.seats.map((s, i) => (
        <View key={i} className={`gb-team-seats__seat${s.mine ? ' gb-team-seats__seat--mine' : ''}`}>
          {s.avatarUrl ? <Image className='gb-team-seats__avatar' src={s.avatarUrl} mode='aspectFill' /> : <View className='gb-team-seats__avatar gb-team-seats__avatar--initial'>{[...s.name][0]}</View>}
          {s.opener && <View className='gb-team-seats__badge'>团长</View>}
          <View className='gb-team-seats__name'>{s.mine ? '我' : s.name}</View>
        </View>
      ))}
      {empty.map((_, i) => (
        <View key={`empty-${i}`} className='gb-team-seats__seat'>
          <View className='gb-team-seats__avatar gb-team-seats__avatar--empty'>?</View>
          <View className='gb-team-seats__name'>待参团</View>
        </View>
      ))}
    </View>
  )
}
