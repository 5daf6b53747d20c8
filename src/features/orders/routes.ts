/** The orders subpackage's pages (catalog, cart, checkout, orders) with their query, in one place. */
const orders = '/packages/orders/pages'
const q = encodeURIComponent

export const orderRoutes = {
  category: (categoryId?: string) => `${orders}/category/index${categoryId ? `?id=${q(categoryId)}` : ''}`,
  product: (productId: string) => `${orders}/product/index?id=${q(productId)}`,
  cart: `${orders}/cart/index`,
  checkout: `${orders}/checkout/index`,
  payResult: (orderId: string) => `${orders}/pay-result/index?id=${q(orderId)}`,
  list: (tab?: string) => `${orders}/list/index${tab ? `?tab=${q(tab)}` : ''}`,
  detail: (orderId: string) => `${orders}/detail/index?id=${q(orderId)}`,
  refund: (orderId: string) => `${orders}/refund/index?id=${q(orderId)}`,
}
