import { Cell } from '@nutui/nutui-react-taro'
import { ArrowRight } from '@nutui/icons-react-taro'
import { comingSoon, openPage } from '@/lib/navigate'
import { routes, tabs } from '@/lib/routes'

interface Entry {
  title: string
  url?: string
}

const groups: Entry[][] = [
  [
    { title: '我的积分', url: routes.points },
    { title: '每日签到', url: routes.signin },
    { title: '我的券包', url: tabs.wallet },
    { title: '领券中心', url: routes.couponCenter },
  ],
  [{ title: '我的订单' }, { title: '常去门店' }],
  [{ title: '客服与帮助' }, { title: '关于鲜果会员' }],
]

const arrow = <ArrowRight size={14} color='#c2c4cc' />

/** Everything a member can manage; entries without a url are modules still to come. */
export function EntryList() {
  return (
    <>
      {groups.map((group) => (
        <Cell.Group key={group[0].title}>
          {group.map((entry) => (
            <Cell
              key={entry.title}
              title={entry.title}
              extra={arrow}
              align='center'
              clickable
              onClick={() => (entry.url ? openPage(entry.url) : comingSoon())}
            />
          ))}
        </Cell.Group>
      ))}
    </>
  )
}
