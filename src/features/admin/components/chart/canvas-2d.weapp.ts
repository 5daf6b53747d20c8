import Taro from '@tarojs/taro'

/** The 2D context of a <Canvas type='2d' id> in WeChat, sized to its box at the screen's pixel ratio. */
export function canvas2d(id: string): Promise<{ context: CanvasRenderingContext2D; width: number; height: number; pixelRatio: number } | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res) => {
        const found = res?.[0] as { node?: HTMLCanvasElement; width?: number; height?: number } | undefined
        const canvas = found?.node
        if (!canvas || !found?.width || !found.height) return resolve(null)
        const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 1
        canvas.width = Math.round(found.width * pixelRatio)
        canvas.height = Math.round(found.height * pixelRatio)
        const context = canvas.getContext('2d')
        resolve(context ? { context, width: found.width, height: found.height, pixelRatio } : null)
      })
  })
}
