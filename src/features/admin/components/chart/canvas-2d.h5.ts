/** The 2D context of the canvas inside Taro's H5 <Canvas id>, sized for the screen's pixel ratio. */
export async function canvas2d(id: string, width: number, height: number): Promise<{ context: CanvasRenderingContext2D; pixelRatio: number } | null> {
  const host = document.getElementById(id)
  const canvas = (host?.tagName === 'CANVAS' ? host : host?.querySelector('canvas')) as HTMLCanvasElement | null
  const context = canvas?.getContext('2d')
  if (!canvas || !context) return null
  const pixelRatio = window.devicePixelRatio || 1
  canvas.width = width * pixelRatio
  canvas.height = height * pixelRatio
  canvas.style.width = `${width}px`
  canvas.style.height = `${height}px`
  return { context, pixelRatio }
}
