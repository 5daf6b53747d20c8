import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Price } from '@/components/price'
import { isCloudError } from '@/lib/cloud'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { PageState } from '../components/page-state'
import { markPickedUp, useLeaderTools } from '../api/leader'
import './picklist-screen.scss'

/** 备货单 (?id=<chainId>): totals, each pickup point's bag per participant (full names, for pickup), and the export. */
export default function PicklistScreen() {
  const chainId = useRouter().params.id ?? ''
  const tools = useLeaderTools(chainId)
  usePageRefresh(tools.reload)
  if (!tools.data) return <PageState error={tools.error} onRetry={tools.reload} />
  const { points, summary, text } = tools.data

  const onPickup = async (entryId: string) => {
    try {
      await markPickedUp(entryId)
    } catch (error) {
      void Taro.showToast({ title: isCloudError(error) ? error.message : '核销失败', icon: 'none' })
    }
    void tools.reload()
  }

  return (
    <View className='gb-pick'>
      <View className='gb-pick__card'>
        <View className='gb-pick__title'>汇总</View>
        <View className='gb-pick__summary'>
          {summary.participants} 人参与 · 合计 <Price fen={summary.amountFen} size='small' /> · 佣金 <Price fen={summary.commissionFen} size='small' />
        </View>
        {summary.totals.map((t) => (
          <View key={t.key} className='gb-pick__total'>
            <Text>{t.name}</Text>
            <Text>
              {t.quantity} 份 · {t.entries} 单
            </Text>
          </View>
        ))}
      </View>

      {points.map((point) => (
        <View key={point.pickupPoint} className='gb-pick__card'>
          <View className='gb-pick__title'>备货单 · {point.pickupPoint}</View>
          <View className='gb-pick__needs'>{point.totals.map((t) => `${t.name}×${t.quantity}`).join('　')}</View>
          {point.participants.map((p) => (
            <View key={p.no} className='gb-pick__row'>
              <View className='gb-pick__who'>
                <View className='gb-pick__no'>{p.no}.</View>
                <View>
                  <View className='gb-pick__name'>
                    {p.name} {p.phone}
                  </View>
                  <View className='gb-pick__items'>{p.items}</View>
                </View>
              </View>
              {p.pickedUp ? (
                <View className='gb-pick__done'>已提货</View>
              ) : (
                <Button size='small' fill='outline' onClick={() => onPickup(p.entryId)}>
                  提货
                </Button>
              )}
            </View>
          ))}
        </View>
      ))}

      <View className='gb-pick__card'>
        <View className='gb-pick__title'>导出接龙（可粘贴到群）</View>
        <View className='gb-pick__export'>{text}</View>
        <Button block type='primary' onClick={() => void Taro.setClipboardData({ data: text })}>
          复制文本
        </Button>
      </View>
    </View>
  )
}
