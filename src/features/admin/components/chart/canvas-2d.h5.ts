/** The 2D context of the canvas inside Taro's H5 <Canvas id>, sized to its box at the screen's pixel ratio. */
export async function canvas2d(id: string): Promise<{ context: CanvasRenderingContext2D; width: number; height: number; pixelRatio: number } | null> {
  const host = document.getElementById(id)
  const canvas = (host?.tagName === 'CANVAS' ? host : host?.querySelector('canvas')) as HTMLCanvasElement | null
  const context = canvas?.getContext('2d')
  if (!host || !canvas || !context) return null
  const { width, height } = host.getBoundingClientRect()
  const pixelRatio = window.devicePixelRatio || 1
  canvas.width = Math.round(width * pixelRatio)
  canvas.height = Math.round(height * pixelRatio)
  canvas.style.width = `${width}px`
  canvas.style.height = `${height}px`
  return { context, width, height, pixelRatio }
}
