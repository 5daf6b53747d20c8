/**
 * Integer fen → yuan parts for display. The only place in the client that divides by 100;
 * everything else keeps money in fen.
 */
export function formatFen(fen: number): { sign: string; yuan: string; cents: string } {
  const abs = Math.abs(Math.round(fen))
  return {
    sign: fen < 0 ? '-' : '',
    yuan: String(Math.floor(abs / 100)),
    cents: String(abs % 100).padStart(2, '0'),
  }
}

/** '¥19.90' for texts where a component cannot go (toasts, share titles). */
export function fenToText(fen: number): string {
  const { sign, yuan, cents } = formatFen(fen)
  return `${sign}¥${yuan}.${cents}`
}
