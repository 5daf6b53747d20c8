// Typed default for tsc and jest; Taro builds pick transport.weapp.ts / transport.h5.ts.
export { transport } from './transport.h5'
