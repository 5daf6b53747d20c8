import { useCallback } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button as TaroButton, Image, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Price } from '@/components/price'
import { formatFen } from '@/domain/groupbuy/money-text'
import { isCloudError } from '@/lib/cloud'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useSingleFlight } from '@/lib/use-single-flight'
import { payOrder } from '../api/chain'
import { getTeam, joinTeam, openTeam, useTeam, type TeamPage } from '../api/team'
import { PageState } from '../components/page-state'
import { TeamCountdown } from '../components/team-countdown'
import { TeamSeats } from '../components/team-seats'
import { teamRoutes } from '../routes'
import { TeamOpenScreen } from './team-open-screen'
import './team-screen.scss'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 })
const failed = (error: unknown, fallback: string) => toast(isCloudError(error) ? error.message : fallback)

/** Pays an order (模拟支付 locally) and says how the team stands afterwards. */
async function payAndTell(orderId: string, teamId: string): Promise<TeamPage | undefined> {
  try {
    await payOrder(orderId)
  } catch (error) {
    failed(error, '支付未完成')
  }
  const fresh = await getTeam(teamId).catch(() => undefined)
  if (fresh?.mine?.orderId === orderId && fresh.mine.paid) toast(fresh.team.phase === 'succeeded' ? '拼团成功' : `参团成功，还差 ${fresh.team.seatsLeft} 人`)
  else if (fresh?.mine?.orderId === orderId && fresh.mine.status === 'refunding') toast('该团已满，已为你自动退款')
  return fresh
}

/** 拼团 (?id=<team>&from=<sharer>, or ?offer=<offer>&product=<product> to open one). */
export default function TeamScreen() {
  const params = useRouter().params
  const teamId = params.id ?? ''
  const query = useTeam(teamId, params.from)
  usePageRefresh(teamId ? query.reload : undefined)
  useShareAppMessage(() => ({ title: query.data?.share.title ?? '拼团', path: query.data?.share.path ?? teamRoutes.team(teamId) }))
  const onEnd = useCallback(() => void query.reload(), [query.reload])

  const pay = useSingleFlight(async (orderId: string) => {
    const fresh = await payAndTell(orderId, teamId)
    if (fresh) query.set(fresh)
  })
  const join = useSingleFlight(async () => {
    try {
      const placed = await joinTeam(teamId)
      await pay.run(placed.orderId)
    } catch (error) {
      failed(error, '参团失败，请稍后重试')
      void query.reload()
    }
  })
  const openNew = useSingleFlight(async (offerId: string, storeId: string) => {
    try {
      const placed = await openTeam(offerId, storeId)
      await payAndTell(placed.orderId, placed.teamId)
      void Taro.redirectTo({ url: teamRoutes.team(placed.teamId) })
    } catch (error) {
      failed(error, '开团失败，请稍后重试')
    }
  })

  if (!teamId) return <TeamOpenScreen offerId={params.offer ?? ''} productId={params.product ?? ''} />
  if (!query.data) return <PageState error={query.error} onRetry={query.reload} />
  const { team, mine, canJoin, openNew: offerNew, member, sceneId, now, receivedAt } = query.data
  const busy = pay.pending || join.pending || openNew.pending

  const action = () => {
    // Joining from here attributes a new member (first touch) by the link: team-share-scene.ts.
    if (!member) return <Button block type='primary' onClick={() => void Taro.reLaunch({ url: sceneId ? `/pages/home/index?scene=${sceneId}` : '/pages/home/index' })}>加入会员后参团</Button>
    if (mine && !mine.paid && mine.status === 'unpaid') return <Button block type='primary' loading={busy} onClick={() => void pay.run(mine.orderId)}>去支付 ¥{formatFen(team.priceFen)}</Button>
    if (offerNew) return <Button block type='primary' loading={busy} onClick={() => void openNew.run(offerNew.offerId, team.store.storeId)}>{offerNew.text}</Button>
    if (canJoin) return <Button block type='primary' loading={busy} onClick={() => void join.run()}>参团 ¥{formatFen(team.priceFen)}</Button>
    if (mine?.paid && team.phase === 'forming') return <TaroButton className='gb-team__invite' openType='share'>邀请好友参团 · 还差 {team.seatsLeft} 人</TaroButton>
    return <Button block disabled>{team.phaseText}</Button>
  }

  return (
    <View className='gb-team'>
      <View className='gb-team__product'>
        <Image className='gb-team__image' src={team.image} mode='aspectFill' />
        <View className='gb-team__info'>
          <View className='gb-team__name'>【拼团】{team.name}</View>
          <View className='gb-team__unit'>{team.unit} · {team.size} 人团</View>
          <View className='gb-team__price'>
            <Price fen={team.priceFen} size='large' /> <Price fen={team.listPriceFen} size='small' strike />
          </View>
        </View>
      </View>

      <View className='gb-team__card'>
        <View className={`gb-team__phase gb-team__phase--${team.phase}`}>{team.phaseText}</View>
        {team.phase === 'forming' ? (
          <>
            <View className='gb-team__left'>还差 <View className='gb-team__left-n'>{team.seatsLeft}</View> 人成团</View>
            <TeamCountdown deadline={team.deadline} serverNow={now} receivedAt={receivedAt} onEnd={onEnd} />
          </>
        ) : (
          <View className='gb-team__left'>{team.phase === 'succeeded' ? `${team.size} 人已成团，到店自提` : '未在时限内成团，已付款将原路退回'}</View>
        )}
        <TeamSeats team={team} />
        {mine && <View className='gb-team__mine'>我的订单：{mine.statusText}</View>}
        <View className='gb-team__store'>自提门店：{team.store.name}</View>
      </View>

      <View className='gb-team__rules'>
        <View className='gb-team__rules-title'>拼团规则</View>
        <View>· {team.size} 人付款即成团，按付款先后占位；满员后付款的将自动退款。</View>
        <View>· 未在时限内成团，已付款的订单自动原路退款。</View>
        <View>· 拼团价不与优惠券、积分抵扣同享。</View>
      </View>

      <View className='gb-team__bar'>{action()}</View>
    </View>
  )
}
