import type { ChainView, MyEntry } from '@/contracts/groupbuy'

/**
 * 修改接龙: a change is the member's own cancel (the server's entry.cancel, through orders)
 * followed by a new join with the new quantities; there is no change action on the server.
 * The new entry takes a new number when it is paid. A paid entry's refund goes through the
 * store's approval, and until it settles its quantities still count against the per-person
 * limit and the stock, which the notice says.
 */
export function changeNotice(entry: Pick<MyEntry, 'status' | 'no'>): { title: string; content: string } {
  if (entry.status === 'paid') {
    const number = entry.no ? `第 ${entry.no} 位` : '这笔接龙'
    return {
      title: '修改接龙',
      content: `修改会先取消${number}（原路退款，门店审核后退回），再按新的份数重新参与，支付后获得新的接龙号。退款完成前，原份数仍计入每人限购。确定修改吗？`,
    }
  }
  return { title: '修改接龙', content: '修改会先取消这笔未支付的接龙，再按新的份数重新参与，支付后获得接龙号。确定修改吗？' }
}

/**
 * The join sheet's quantities pre-filled from the cancelled entry, within what the chain
 * now allows of each product (what is left, the per-person limit); products no longer
 * there, or none left, are dropped.
 */
export function quantitiesOf(entry: Pick<MyEntry, 'lines'>, chain: Pick<ChainView, 'products' | 'perPersonLimit'>): Record<string, number> {
  const filled: Record<string, number> = {}
  for (const line of entry.lines) {
    const product = chain.products.find((p) => p.key === line.key)
    const quantity = product ? Math.min(line.quantity, product.left, chain.perPersonLimit) : 0
    if (quantity > 0) filled[line.key] = quantity
  }
  return filled
}
