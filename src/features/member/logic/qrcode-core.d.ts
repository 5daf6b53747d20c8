/** The encoder core of the `qrcode` package (no renderers): what qr-matrix.ts uses of it. */
declare module 'qrcode/lib/core/qrcode' {
  interface BitMatrix {
    size: number
    get(row: number, col: number): boolean | number
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): { modules: BitMatrix; version: number }
}
