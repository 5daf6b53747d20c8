import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'

const PAGES: [string, string][] = [
  ['dashboard', '数据看板'],
  ['campaigns', '活动'],
  ['templates', '优惠券'],
  ['stores', '门店'],
  ['scenes', '门店码'],
  ['tiers', '会员等级'],
  ['points-rules', '积分规则'],
  ['audit', '操作记录'],
]

/** The console's sections; the current one highlighted. Redirects, so the page stack stays one deep. */
export function ConsoleNav({ current }: { current: string }) {
  return (
    <View className='admin-nav'>
      {PAGES.map(([page, title]) => (
        <View key={page} className={`admin-nav__item ${page === current ? 'admin-nav__item--on' : ''}`} onClick={() => page !== current && Taro.redirectTo({ url: `/packages/admin/pages/${page}/index` })}>
          {title}
        </View>
      ))}
    </View>
  )
}
