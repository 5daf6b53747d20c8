// Typed default for tsc and jest; Taro builds pick canvas-2d.weapp.ts / canvas-2d.h5.ts.
export { canvas2d } from './canvas-2d.h5'
