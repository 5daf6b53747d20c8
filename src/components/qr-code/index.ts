/**
 * QR codes drawn with plain views (no canvas, no image), the same in the weapp and H5
 * builds, from a small encoder of our own (byte mode, level M) that keeps the main
 * package light. Used by the member code and in-store coupon codes.
 */
export { QrView } from './qr-view'
export { qrMatrix, runsOfWidths, stripes, type Run } from './qr-matrix'
