import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { qrRows } from './qr-rows'
import './index.scss'

export interface QrCodeProps {
  text: string
  /** Target width of the symbol in px (CSS px on H5); modules snap to whole pixels. */
  width?: number
  /** Greyed out with a note over it, e.g. while a fresh code loads. */
  dimmed?: boolean
}

/** A QR code drawn with Views: crisp on any screen, no canvas, no image. */
export function QrCode({ text, width = 184, dimmed }: QrCodeProps) {
  const { size, rows } = useMemo(() => qrRows(text), [text])
  const cell = Math.max(2, Math.floor(width / size))
  const px = (n: number) => `${n * cell}px`
  return (
    <View className={`qr-code${dimmed ? ' qr-code--dimmed' : ''}`} style={{ padding: px(2) }}>
      {rows.map((runs, r) => (
        <View key={r} className='qr-code__row' style={{ height: px(1), width: px(size) }}>
          {runs.map((run, i) => (
            <View key={i} className={run.dark ? 'qr-code__dark' : 'qr-code__light'} style={{ width: px(run.length) }} />
          ))}
        </View>
      ))}
    </View>
  )
}
