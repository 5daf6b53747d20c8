/** The pure-JS encoder of `qrcode`, without its Node/canvas renderers (see qr-rows.ts). */
declare module 'qrcode/lib/core/qrcode' {
  export { create } from 'qrcode'
}
