import { useState, type ComponentType } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import AuditScreen from '../audit'
import FlashScreen from '../flash'
import LeadersScreen from '../leaders'
import ProductsScreen from '../products'
import CampaignsScreen from '../campaigns'
import DashboardScreen from '../dashboard'
import PointsRulesScreen from '../points-rules'
import ScenesScreen from '../scenes'
import StoresScreen from '../stores'
import TemplatesScreen from '../templates'
import TiersScreen from '../tiers'
import TeamOffersScreen from '../team-offers'
import { CONSOLE_SECTIONS, ConsoleSectionContext, SECTION_TITLES, type ConsoleSection } from '../../components/console-nav'

const SCREENS: Record<ConsoleSection, ComponentType> = {
  dashboard: DashboardScreen,
  campaigns: CampaignsScreen,
  templates: TemplatesScreen,
  stores: StoresScreen,
  scenes: ScenesScreen,
  tiers: TiersScreen,
  'points-rules': PointsRulesScreen,
  products: ProductsScreen,
  flash: FlashScreen,
  'team-offers': TeamOffersScreen,
  leaders: LeadersScreen,
  audit: AuditScreen,
}

const sectionOf = (param: string | undefined): ConsoleSection => (CONSOLE_SECTIONS as readonly string[]).includes(param ?? '') ? (param as ConsoleSection) : 'dashboard'

/**
 * The merchant console: one page of the admin subpackage whose sections (`?section=`) are
 * switched in place. One page rather than eight: each page of a subpackage is listed in
 * app.json and app.js, which the main package carries (at its 600 KB budget).
 */
export default function ConsoleScreen() {
  const { params } = useRouter()
  const [section, setSection] = useState(() => sectionOf(params.section))
  const go = (next: ConsoleSection) => {
    setSection(next)
    void Taro.setNavigationBarTitle({ title: SECTION_TITLES[next] })
  }
  const Screen = SCREENS[section]
  return (
    <ConsoleSectionContext.Provider value={go}>
      <Screen />
    </ConsoleSectionContext.Provider>
  )
}
