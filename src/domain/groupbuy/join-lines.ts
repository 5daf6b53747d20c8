/**
 * What a member asks for when joining: quantities of the chain's products. Each line is
 * 1..perPersonLimit of a product in the chain; the limit counts what the member already
 * holds in this chain (unpaid and paid entries), which the server enforces again by a
 * conditional update per member.
 */
import { ok, type Result } from '../result'
import { groupbuyError } from './errors'

export interface ChainProduct {
  /** The product's key in this chain (its index as a string). */
  key: string
  skuId: string
  name: string
  chainPriceFen: number
}

export interface JoinLine {
  key: string
  quantity: number
}

export interface PricedJoinLine extends JoinLine {
  product: ChainProduct
  lineFen: number
}

export function checkJoinLines(products: readonly ChainProduct[], lines: readonly JoinLine[], perPersonLimit: number, held: Readonly<Record<string, number>> = {}): Result<{ lines: PricedJoinLine[]; totalFen: number }> {
  if (lines.length === 0) return groupbuyError('INVALID_QUANTITY')
  const seen = new Set<string>()
  const priced: PricedJoinLine[] = []
  for (const line of lines) {
    const product = products.find((p) => p.key === line.key)
    if (!product) return groupbuyError('PRODUCT_NOT_FOUND')
    if (seen.has(line.key) || !Number.isInteger(line.quantity) || line.quantity < 1) return groupbuyError('INVALID_QUANTITY')
    seen.add(line.key)
    if ((held[line.key] ?? 0) + line.quantity > perPersonLimit) return groupbuyError('OVER_LIMIT')
    priced.push({ ...line, product, lineFen: product.chainPriceFen * line.quantity })
  }
  return ok({ lines: priced, totalFen: priced.reduce((s, l) => s + l.lineFen, 0) })
}
