import { View } from '@tarojs/components'
import { useCampaignBanners } from '../../api/get-campaign-banners'
import './index.scss'

/**
 * The caller's campaigns of today as banners on the home page (每周二会员日, 生日月,
 * 双十一…). Nothing at all while loading, on an error or when no campaign applies.
 * `sessionKey` changes when the member status does, so a visitor who joins sees theirs.
 */
export function CampaignBanners({ sessionKey = 'campaigns' }: { sessionKey?: string }) {
  const { data } = useCampaignBanners(sessionKey)
  if (!data?.items.length) return null
  return (
    <View className='campaign-banners'>
      {data.items.map((b) => (
        <View key={b.id} className='campaign-banners__item'>
          <View className='campaign-banners__title'>{b.title}</View>
          <View className='campaign-banners__text'>{b.text}</View>
        </View>
      ))}
    </View>
  )
}
