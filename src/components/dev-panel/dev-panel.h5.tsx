import { lazy, Suspense, useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { View } from '@tarojs/components'
import { ensureToken } from '@/lib/dev-identity.h5'
import './dev-panel.scss'

/** Loaded on the first tap: the first screen does not draw it. */
const IdentitySheet = lazy(() => import('./identity-sheet.h5'))

/** H5-only floating switch between demo identities; the weapp build gets dev-panel.weapp.tsx. */
export function DevPanel() {
  const [open, setOpen] = useState(false)
  // Mounted from the first open on, so that closing keeps NutUI's closing animation.
  const [used, setUsed] = useState(false)
  // The local identity's token, asked for while the first page still loads its chunks,
  // rather than by the page's first cloud call.
  useEffect(() => void ensureToken().catch(() => undefined), [])

  // Portal to <body>: a sibling inside Taro's router container would break its
  // `.taro_page:not(:last-child)` rule and hide pages opened with navigateTo.
  return createPortal(
    <>
      <View
        className='dev-panel__button'
        onClick={() => {
          setUsed(true)
          setOpen(true)
        }}
      >
        切换身份
      </View>
      {used && (
        <Suspense fallback={null}>
          <IdentitySheet visible={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>,
    document.body,
  )
}
