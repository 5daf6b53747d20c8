/** The stores present in every list, in the order of the first (where all lines can be picked up). */
export function commonStores<S extends { storeId: string }>(lists: S[][]): S[] {
  if (lists.length === 0) return []
  return lists[0].filter((s) => lists.every((l) => l.some((o) => o.storeId === s.storeId)))
}
