// Typed default for tsc and jest; Taro builds pick scan-code.weapp.ts / scan-code.h5.ts.
export { scanCode, canScan } from './scan-code.h5'
