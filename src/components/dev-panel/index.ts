// Resolved per platform by Taro: dev-panel.h5.tsx in the browser, dev-panel.weapp.tsx on WeChat.
export { DevPanel } from './dev-panel'
