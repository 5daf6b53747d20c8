import { View } from '@tarojs/components'
import { Price } from '@/components/price'
import { openPage } from '@/lib/navigate'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { PageState } from '../components/page-state'
import { useLeaderHome } from '../api/leader'
import { shanghaiTime } from '../model/when'
import { groupbuyRoutes } from '../routes'
import './leader-screen.scss'

/** 团长主页: who I am, my commission, my chains with participants and money. */
export default function LeaderScreen() {
  const home = useLeaderHome()
  usePageRefresh(home.reload)
  if (!home.data) return <PageState error={home.error} onRetry={home.reload} />
  const { leader, chains, commission } = home.data
  return (
    <View className='gb-leader'>
      <View className='gb-leader__hero'>
        <View className='gb-leader__name'>团长 {leader.name}</View>
        <View className='gb-leader__point'>
          {leader.storeName} · 自提点 {leader.pickupPoint}
        </View>
        <View className='gb-leader__numbers'>
          <View className='gb-leader__number'>
            <Price fen={commission.netFen} size='large' />
            <View className='gb-leader__label'>累计佣金（{leader.commissionBp / 100}%）</View>
          </View>
          <View className='gb-leader__number'>
            <View className='gb-leader__big'>{chains.reduce((s, c) => s + c.participants, 0)}</View>
            <View className='gb-leader__label'>参与人次</View>
          </View>
        </View>
        <View className='gb-leader__create' onClick={() => openPage(groupbuyRoutes.create)}>
          ＋ 发起接龙
        </View>
        {commission.reversedFen > 0 && (
          <View className='gb-leader__note'>
            已扣除退款佣金 <Price fen={commission.reversedFen} size='small' />
          </View>
        )}
      </View>
      <View className='gb-leader__list'>
        {chains.length === 0 && <View className='gb-leader__empty'>还没有接龙</View>}
        {chains.map((c) => (
          <View key={c.chainId} className='gb-leader__chain' onClick={() => openPage(groupbuyRoutes.chain(c.chainId))}>
            <View className='gb-leader__chain-head'>
              <View className='gb-leader__chain-title'>{c.title}</View>
              <View className={`gb-leader__tag gb-leader__tag--${c.status}`}>{c.statusText}</View>
            </View>
            <View className='gb-leader__chain-meta'>
              截团 {shanghaiTime(c.deadline)} · {c.participants} 人参与 · <Price fen={c.amountFen} size='small' /> · 佣金 <Price fen={c.commissionFen} size='small' />
            </View>
            <View
              className='gb-leader__chain-tools'
              onClick={(e) => {
                e.stopPropagation()
                openPage(groupbuyRoutes.picklist(c.chainId))
              }}
            >
              备货单 / 导出 ›
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
