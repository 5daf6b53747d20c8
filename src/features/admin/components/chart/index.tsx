import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import uCharts from '@qiun/ucharts'
import type { ChartSpec } from '../../logic/chart-specs'
import { canvas2d } from './canvas-2d'

const COLORS = ['#19a35b', '#f59e0b', '#3b82f6', '#e5484d', '#8b5cf6']
let seq = 0

/**
 * A line or bar chart drawn by uCharts on a 2D canvas (WeChat's canvas 2d and the browser's:
 * the same component in both builds). Chosen for its size: 131 KB minified against
 * ECharts' modular line+bar build at 557 KB and AntV F2 at 492 KB (see README).
 */
export function Chart({ spec, height = 220 }: { spec: ChartSpec; height?: number }) {
  const id = useRef(`admin-chart-${++seq}`).current
  useEffect(() => {
    let cancelled = false
    // After layout: the canvas takes its card's width.
    Taro.nextTick(() => {
      void canvas2d(id).then((got) => {
        if (!got || cancelled) return
        draw(got, spec)
      })
    })
    return () => {
      cancelled = true
    }
  }, [id, spec])
  return (
    <View className='admin-chart'>
      <View className='admin-chart__title'>{spec.title}</View>
      {spec.categories.length ? <Canvas type='2d' id={id} canvasId={id} className='admin-chart__canvas' style={{ height: `${height}px` }} /> : <View className='admin-empty'>暂无数据</View>}
    </View>
  )
}

/** uCharts draws in its constructor, in device pixels. */
function draw({ context, width, height, pixelRatio: pix }: { context: CanvasRenderingContext2D; width: number; height: number; pixelRatio: number }, spec: ChartSpec) {
  new uCharts({
    type: spec.type === 'bars' ? 'column' : 'line',
    context,
    width: width * pix,
    height: height * pix,
    pixelRatio: pix,
    categories: spec.categories,
    series: spec.series,
    color: COLORS,
    animation: false,
    background: '#FFFFFF',
    padding: [16, 12, 8, 4],
    fontSize: 11,
    dataLabel: spec.type === 'bars',
    dataPointShape: spec.categories.length <= 14,
    legend: { show: spec.series.length > 1 },
    xAxis: { disableGrid: true, labelCount: Math.min(spec.categories.length, 7), rotateLabel: false },
    yAxis: { gridType: 'dash', data: [{ min: 0, unit: spec.unit ?? '' }] },
    extra: { line: { type: 'straight', width: 2 }, column: { type: 'group', width: 18 } },
  })
}
