/**
 * What a scanned or typed code is, so one box at the till takes them all: a member code
 * (signed QR 「M.…」 or the 18-digit barcode), an in-store coupon code (「C.…」 or the 20 digits
 * under its QR), an order's
 * pickup code (signed QR 「P.…」 or its rotating 6 digits: the `order` function verifies it)
 * or a points-mall gift's pickup code (8 digits: `staff.pickup.verify`). Chain entries
 * (issue 14) will bring their own.
 */
export type ScanKind = 'member' | 'coupon' | 'order' | 'pickup' | 'unknown'

export function classifyScan(raw: string): ScanKind {
  const code = raw.replace(/\s/g, '')
  if (/^M\./.test(code) || /^\d{18}$/.test(code)) return 'member'
  if (/^C\./.test(code) || /^\d{20}$/.test(code)) return 'coupon'
  if (/^P\./.test(code) || /^\d{6}$/.test(code)) return 'order'
  if (/^\d{8}$/.test(code) || /^[A-Za-z0-9-]{4,40}$/.test(code)) return 'pickup'
  return 'unknown'
}

/** The code as the server wants it: spaces (from grouped digits) removed. */
export const cleanScan = (raw: string): string => raw.replace(/\s/g, '')
