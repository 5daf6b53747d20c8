import type { Locator } from 'playwright-core'

// The check that a drawn QR really scans: jsQR reads the page's pixels as a camera would.
const jsQR = require('jsqr') as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null

/** What a phone camera would read from the QR drawn inside `area`. */
export async function scanQr(area: Locator): Promise<string> {
  const png = (await area.screenshot()).toString('base64')
  // The browser decodes its own screenshot into RGBA pixels.
  const { width, height, pixels } = await area.page().evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.width
    canvas.height = img.height
    const g = canvas.getContext('2d') as CanvasRenderingContext2D
    g.drawImage(img, 0, 0)
    return { width: img.width, height: img.height, pixels: Array.from(g.getImageData(0, 0, img.width, img.height).data) }
  }, png)
  const found = jsQR(new Uint8ClampedArray(pixels), width, height)
  if (!found) throw new Error('the QR on the page does not scan')
  return found.data
}
