/** uCharts (@qiun/ucharts) ships no types: the options the console's Chart passes. */
declare module '@qiun/ucharts' {
  export default class UCharts {
    constructor(options: {
      type: 'line' | 'column'
      context: CanvasRenderingContext2D
      width: number
      height: number
      pixelRatio: number
      categories: string[]
      series: { name: string; data: number[] }[]
      [option: string]: unknown
    })
  }
}
