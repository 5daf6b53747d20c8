/**
 * The amount a cashier types, in yuan, as integer fen: 「128」, 「128.5」, 「128.50」 → 12850.
 * Anything else (more than two decimals, signs, letters, zero, over 10 million) is null.
 */
export function parseYuan(text: string): number | null {
  const m = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!m) return null
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return fen > 0 && fen <= 1_000_000_000 ? fen : null
}
