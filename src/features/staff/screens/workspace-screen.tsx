import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Store } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { LoadFailed } from '@/components/load-failed'
import { openPage } from '@/lib/navigate'
import { useMySeat } from '../api/get-my-seat'
import { AwardForm } from '../components/award-form'
import { MemberOffers } from '../components/member-offers'
import { MemberPanel } from '../components/member-panel'
import { ResultBanner } from '../components/result-banner'
import { ScanBox } from '../components/scan-box'
import { useTill } from '../hooks/use-till'
import { staffRoutes } from '../routes'
import './workspace-screen.scss'

/** 门店工作台: scan a code, see the member, award points, redeem or give coupons, verify pickups; 发货 for delivery orders. */
export default function WorkspaceScreen() {
  const me = useMySeat()
  const till = useTill()
  const seat = me.data?.seat

  if (me.error) return <LoadFailed message={me.error.message} onRetry={me.reload} />
  if (!me.data) return <View className='workspace' />
  if (!seat) return <EmptyState icon={<Store size={40} />} title='仅限门店员工使用' description='请让店长发送邀请后再来' />

  const manages = seat.role !== 'staff'
  return (
    <View className='workspace'>
      <View className='workspace__seat'>
        <View>
          <View className='workspace__store'>{seat.storeName}</View>
          <View className='workspace__who'>
            {seat.name} · {seat.roleName}
          </View>
        </View>
        <View className='workspace__links'>
          <Button size='small' fill='outline' onClick={() => openPage(staffRoutes.numbers)}>
            数据
          </Button>
          <Button size='small' fill='outline' onClick={() => openPage(staffRoutes.ship)}>
            发货
          </Button>
          {manages && (
            <Button size='small' fill='outline' onClick={() => openPage(staffRoutes.invite)}>
              邀请店员
            </Button>
          )}
        </View>
      </View>
      <ScanBox pending={till.pending} onCode={(code) => void till.onCode(code)} />
      {till.outcome && <ResultBanner tone='done' text={till.outcome.text} detail={till.outcome.detail} />}
      {till.error && <ResultBanner tone='refused' text={till.error.message} />}
      {till.scanned && (
        <>
          <MemberPanel member={till.scanned.offers.member} />
          {till.scanned.codeUsed ? (
            <View className='workspace__rescan'>会员码已使用，继续积分或赠券请让顾客刷新后重新扫码</View>
          ) : (
            <AwardForm pending={till.pending} onAward={(fen, receipt) => void till.award(fen, receipt)} />
          )}
          <MemberOffers offers={till.scanned.offers} codeUsed={till.scanned.codeUsed} pending={till.pending} onRedeem={(c) => void till.redeem(c)} onGift={(t) => void till.gift(t)} />
        </>
      )}
      {!till.scanned && !till.outcome && !till.error && <View className='workspace__tip'>扫会员码可积分、用券、赠券；扫券码直接核销；输入提货码核销积分商城礼品</View>}
    </View>
  )
}
