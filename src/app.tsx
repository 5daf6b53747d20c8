import type { PropsWithChildren } from 'react'
import Taro, { usePageNotFound } from '@tarojs/taro'
import { routes } from '@/lib/routes'
import { DevPanel } from '@/components/dev-panel'
import '@nutui/icons-react-taro/dist/style_icon.css'
import './app.scss'

/** The app shell: pages render as children; the dev panel exists in the H5 build only. */
function App({ children }: PropsWithChildren) {
  // An unknown route (old link, typo) lands on 「页面不存在」 with a way home, not a blank page.
  usePageNotFound(() => void Taro.redirectTo({ url: routes.notFound }))
  return (
    <>
      {children}
      <DevPanel />
    </>
  )
}

export default App
