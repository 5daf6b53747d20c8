// Resolved per platform by Taro: sheet-dim.h5.ts in the browser; elsewhere the native tab
// bar sits outside the page and a no-op is all the weapp main package carries.
export { useDimTabBar } from './sheet-dim'
