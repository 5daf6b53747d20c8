import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Success } from '@nutui/icons-react-taro'
import type { MemberCard } from '@/contracts/member'
import { groupCardNo } from '../../logic/card-number'
import type { JoinResult } from '../../api/join-member'

interface Props {
  result: JoinResult
  card: MemberCard | null
  onViewCard: () => void
  /** Back to where the visitor was sent to join from (e.g. 领券中心), when there is such a place. */
  returnLabel?: string
  onReturn: () => void
}

/** After joining: the new card at a glance, and the joining gift if the reply names one. */
export function JoinSuccess({ result, card, onViewCard, returnLabel, onReturn }: Props) {
  const colors = card?.tier.colors
  const face = colors ? { background: `linear-gradient(135deg, ${colors.from}, ${colors.to})`, color: colors.text } : undefined
  return (
    <View className='join-success'>
      <Success size={48} color='#19a35b' />
      <View className='join-success__title'>{result.isNew ? '入会成功' : '你已经是会员啦'}</View>
      <View className='join-success__card' style={face}>
        <View className='join-success__tier'>{card?.tier.name ?? '会员卡'}</View>
        <View className='join-success__no'>{groupCardNo(result.cardNo)}</View>
      </View>
      {result.store && <View className='join-success__store'>入会门店：{result.store.name}</View>}
      {result.welcomeCoupons.length > 0 && (
        <View className='join-success__gift'>入会礼：{result.welcomeCoupons.join('、')}已放入券包</View>
      )}
      {returnLabel && (
        <Button className='join-success__return' type='primary' size='large' block onClick={onReturn}>
          {returnLabel}
        </Button>
      )}
      <Button type='primary' fill={returnLabel ? 'outline' : 'solid'} size='large' block onClick={onViewCard}>
        查看会员卡
      </Button>
    </View>
  )
}
