/**
 * H5 has no WeChat scanner: staff type or paste the code (the box takes both).
 * TODO: the camera where the browser allows (BarcodeDetector + getUserMedia).
 */
export const canScan = false

export async function scanCode(): Promise<string | null> {
  return null
}
