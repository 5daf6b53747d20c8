import { addItem, cartCount, MAX_QUANTITY, removeItems, selectedTotal, setQuantity, toggleAll, toggleItem, type CartItem } from '@/features/orders/model/cart-lines'

const apple = { skuId: 'sku-apple-5', productId: 'apple', name: '阿克苏苹果', spec: '5斤装', priceFen: 3990, image: '', category: 'fruit' }
const pear = { skuId: 'sku-pear-1', productId: 'pear', name: '库尔勒香梨', spec: '1斤装', priceFen: 990, image: '', category: 'fruit' }

describe('cart lines', () => {
  test('adding a SKU twice adds to its line, ticked', () => {
    let items: CartItem[] = addItem([], apple, 1)
    items = toggleItem(items, apple.skuId)
    items = addItem(items, apple, 2)
    expect(items).toEqual([{ ...apple, quantity: 3, selected: true }])
  })

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('adding %p units changes nothing', (n) => {
    expect(addItem([], apple, n)).toEqual([])
  })

  test('quantities are whole, at least 1 and at most the cap', () => {
    const items = addItem([], apple, 1)
    expect(setQuantity(items, apple.skuId, 0)[0].quantity).toBe(1)
    expect(setQuantity(items, apple.skuId, 2.7)[0].quantity).toBe(2)
    expect(setQuantity(items, apple.skuId, 10_000)[0].quantity).toBe(MAX_QUANTITY)
    expect(addItem(setQuantity(items, apple.skuId, MAX_QUANTITY), apple, 5)[0].quantity).toBe(MAX_QUANTITY)
    expect(setQuantity(items, apple.skuId, Number.NaN)).toBe(items)
  })

  test('the total counts ticked lines only; count counts units', () => {
    let items = addItem(addItem([], apple, 2), pear, 3)
    expect(selectedTotal(items)).toBe(2 * 3990 + 3 * 990)
    items = toggleItem(items, pear.skuId)
    expect(selectedTotal(items)).toBe(2 * 3990)
    expect(cartCount(items)).toBe(5)
  })

  test('toggle all ticks everything, then unticks everything', () => {
    const items = toggleItem(addItem(addItem([], apple, 1), pear, 1), pear.skuId)
    const all = toggleAll(items)
    expect(all.every((i) => i.selected)).toBe(true)
    expect(toggleAll(all).some((i) => i.selected)).toBe(false)
  })

  test('remove drops the named lines only', () => {
    const items = addItem(addItem([], apple, 1), pear, 1)
    expect(removeItems(items, [apple.skuId]).map((i) => i.skuId)).toEqual([pear.skuId])
  })
})
