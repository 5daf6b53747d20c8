import type { PropsWithChildren } from 'react'
import { DevPanel } from '@/components/dev-panel'
import '@nutui/icons-react-taro/dist/style_icon.css'
import './app.scss'

/** The app shell: pages render as children; the dev panel exists in the H5 build only. */
function App({ children }: PropsWithChildren) {
  return (
    <>
      {children}
      <DevPanel />
    </>
  )
}

export default App
