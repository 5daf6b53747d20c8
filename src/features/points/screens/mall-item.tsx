import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Dialog } from '@nutui/nutui-react-taro'
import { Gift } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useMallItems } from '../api/get-mall-items'
import { useRedeemMallItem, type RedeemResult as Result } from '../api/redeem-mall-item'
import { MallItemInfo } from '../components/mall-item-info'
import { RedeemBar } from '../components/redeem-bar'
import { RedeemResult } from '../components/redeem-result'
import { ScreenGate } from '../components/screen-gate'
import { recallItem } from '../hooks/picked-item'
import { confirmText, mallItemView } from '../model/mall-item-view'
import './mall-item.scss'

/** 商品详情: the item, 立即兑换 → confirm → the result (pickup code or coupon). */
export default function MallItemScreen() {
  const id = useRouter().params.id ?? ''
  const mall = useMallItems()
  const { redeem, pending, error } = useRedeemMallItem()
  const [confirming, setConfirming] = useState(false)
  const [result, setResult] = useState<Result>()
  usePageRefresh(mall.reload)

  // Draw the tapped item at once; the fresh list replaces it when it arrives.
  const item = mall.data?.items.find((i) => i.id === id) ?? recallItem(id)
  const balance = mall.data?.balance

  const confirm = async () => {
    setConfirming(false)
    if (!item) return
    const done = await redeem(item.id)
    if (!done) return void mall.reload() // stock, limit or balance changed under us: show it
    setResult(done)
    void Taro.setNavigationBarTitle({ title: '兑换成功' })
  }

  if (result || !item || (mall.error && !mall.data)) {
    return (
      <View className='mall-item'>
        {result ? (
          <RedeemResult result={result} />
        ) : !mall.data ? (
          // Not there yet: skeleton, join prompt or retry (the gate never draws its children here).
          <ScreenGate query={mall}>{() => null}</ScreenGate>
        ) : (
          <EmptyState icon={<Gift size={40} />} title='商品不存在或已下架' description='去积分商城看看别的好礼吧' />
        )}
      </View>
    )
  }

  const view = mallItemView(item, balance ?? Number.MAX_SAFE_INTEGER)
  return (
    <View className='mall-item'>
      <MallItemInfo item={item} view={view} />
      <RedeemBar balance={balance} view={view} pending={pending} error={error?.message} onRedeem={() => setConfirming(true)} />
      <Dialog
        className='redeem-confirm'
        visible={confirming}
        content={confirmText(item)}
        confirmText='确认兑换'
        cancelText='再想想'
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
    </View>
  )
}
