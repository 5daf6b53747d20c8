import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { code128Widths } from '../../logic/code128'
import { runsOfWidths, stripes } from '@/components/qr-code'

/** Code 128 asks for 10 modules of light on each side. */
const QUIET = 10

/** The same code as a Code 128 barcode, for 1D till scanners; one view, one gradient. */
export function BarcodeView({ text, widthPx, heightPx }: { text: string; widthPx: number; heightPx: number }) {
  const bars = useMemo(() => {
    try {
      return runsOfWidths(code128Widths(text))
    } catch {
      return undefined // not encodable: the QR code still works
    }
  }, [text])
  if (!bars) return null
  const modulePx = widthPx / (bars.total + 2 * QUIET)
  return <View className='barcode-view' style={{ width: `${widthPx}px`, height: `${heightPx}px`, backgroundImage: stripes(bars.runs, modulePx, QUIET) }} />
}
