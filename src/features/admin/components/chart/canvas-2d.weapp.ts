import Taro from '@tarojs/taro'

/** The 2D context of a <Canvas type='2d' id> in WeChat, sized for the screen's pixel ratio. */
export function canvas2d(id: string, width: number, height: number): Promise<{ context: CanvasRenderingContext2D; pixelRatio: number } | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res) => {
        const canvas = res?.[0]?.node as HTMLCanvasElement | undefined
        if (!canvas) return resolve(null)
        const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 1
        canvas.width = width * pixelRatio
        canvas.height = height * pixelRatio
        const context = canvas.getContext('2d')
        resolve(context ? { context, pixelRatio } : null)
      })
  })
}
