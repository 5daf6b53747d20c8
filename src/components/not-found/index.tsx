import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { Search } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { tabs } from '@/lib/routes'

/** 「页面不存在」 with a way home: where an unknown route (an old link, a typo) lands. */
export function NotFound() {
  return (
    <EmptyState icon={<Search size={40} />} title='页面不存在' description='链接可能已失效，回首页看看吧'>
      <Button className='not-found__home' type='primary' shape='round' onClick={() => void Taro.switchTab({ url: tabs.home })}>
        回到首页
      </Button>
    </EmptyState>
  )
}
