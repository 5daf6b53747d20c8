/** 调整库存 as typed: 「+20」 adds, 「-5」 takes; never 0. */
export function stockChangeError(text: string): string | null {
  if (!/^[+-]?\d{1,7}$/.test(text.trim()) || Number(text) === 0) return '请填写调整数量，如 +20 或 -5'
  if (Math.abs(Number(text)) > 1_000_000) return '一次最多调整 1000000 件'
  return null
}

export const stockDeltaOf = (text: string) => Number(text.trim())
