/** Fen as yuan text for plain-text outputs (share titles, the export): 19900 → '199', 1990 → '19.9'. */
export function formatFen(fen: number): string {
  const yuan = (fen / 100).toFixed(2)
  return yuan.replace(/\.?0+$/, '')
}
