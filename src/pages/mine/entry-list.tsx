import { Cell } from '@nutui/nutui-react-taro'
import { ArrowRight } from '@nutui/icons-react-taro'
import { memberRoutes } from '@/features/member'
import { orderRoutes } from '@/features/orders/routes'
import { openPage } from '@/lib/navigate'
import { routes, tabs } from '@/lib/routes'

interface Entry {
  title: string
  url: string
}

const groups: Entry[][] = [
  [{ title: '个人资料', url: memberRoutes.profile }],
  [
    { title: '我的订单', url: orderRoutes.list() },
    { title: '购物车', url: orderRoutes.cart },
  ],
  [
    { title: '积分中心', url: routes.points },
    { title: '积分商城', url: '/packages/points/pages/mall/index' },
    { title: '兑换记录', url: '/packages/points/pages/records/index' },
  ],
  [
    { title: '每日签到', url: routes.signin },
    { title: '领券中心', url: routes.couponCenter },
    { title: '我的券包', url: tabs.wallet },
  ],
]

const arrow = <ArrowRight size={14} color='#c2c4cc' />

/** Everything a member manages, grouped: profile, points, perks. */
export function EntryList() {
  return (
    <>
      {groups.map((group) => (
        <Cell.Group key={group[0].title}>
          {group.map((entry) => (
            <Cell key={entry.title} title={entry.title} extra={arrow} align='center' clickable onClick={() => openPage(entry.url)} />
          ))}
        </Cell.Group>
      ))}
    </>
  )
}
