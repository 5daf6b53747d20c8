import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { qrMatrix, stripes } from './qr-matrix'
import './index.scss'

/** Light modules around the code; 2 is enough on a white sheet and keeps modules large. */
const QUIET = 2

/**
 * A QR code drawn with one view per row (each row a hard-edged gradient): no canvas, so
 * it renders the same in the weapp and H5 builds. Modules are whole pixels, so no
 * hairlines appear between rows.
 */
export function QrView({ text, maxPx, dimmed }: { text: string; maxPx: number; dimmed?: boolean }) {
  const matrix = useMemo(() => qrMatrix(text), [text])
  const modulePx = Math.max(2, Math.floor(maxPx / (matrix.size + 2 * QUIET)))
  const side = modulePx * (matrix.size + 2 * QUIET)
  return (
    <View className={`qr-view${dimmed ? ' qr-view--dimmed' : ''}`} style={{ width: `${side}px`, height: `${side}px`, padding: `${QUIET * modulePx}px 0`, boxSizing: 'border-box' }}>
      {matrix.rows.map((runs, row) => (
        <View key={row} className='qr-view__row' style={{ height: `${modulePx}px`, backgroundImage: stripes(runs, modulePx, QUIET) }} />
      ))}
    </View>
  )
}
