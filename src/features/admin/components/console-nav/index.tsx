import { createContext, useContext } from 'react'
import { View } from '@tarojs/components'

export const CONSOLE_SECTIONS = ['dashboard', 'campaigns', 'templates', 'stores', 'scenes', 'tiers', 'points-rules', 'products', 'flash', 'team-offers', 'leaders', 'audit'] as const
export type ConsoleSection = (typeof CONSOLE_SECTIONS)[number]

export const SECTION_TITLES: Record<ConsoleSection, string> = {
  dashboard: '数据看板',
  campaigns: '活动',
  templates: '优惠券',
  stores: '门店',
  scenes: '门店码',
  tiers: '会员等级',
  'points-rules': '积分规则',
  products: '商品',
  flash: '秒杀',
  'team-offers': '拼团',
  leaders: '团长',
  audit: '操作记录',
}

/** Which section the console shows, and how to go to another (the console page provides it). */
export const ConsoleSectionContext = createContext<(section: ConsoleSection) => void>(() => undefined)

/** The console's sections, the current one highlighted: one page, so no page stack grows. */
export function ConsoleNav({ current }: { current: ConsoleSection }) {
  const go = useContext(ConsoleSectionContext)
  return (
    <View className='admin-nav'>
      {CONSOLE_SECTIONS.map((section) => (
        <View key={section} className={`admin-nav__item ${section === current ? 'admin-nav__item--on' : ''}`} onClick={() => go(section)}>
          {SECTION_TITLES[section]}
        </View>
      ))}
    </View>
  )
}
