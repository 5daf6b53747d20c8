import Taro from '@tarojs/taro'

export const canScan = true

/** The WeChat scanner (QR and barcodes); null when the user backs out. */
export async function scanCode(): Promise<string | null> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] })
    return result || null
  } catch {
    return null
  }
}
