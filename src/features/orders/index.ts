/**
 * Orders: the catalog (home category grid and feed, category page, product detail), the
 * cart (persisted per member), checkout, payment, and the member's orders. Pages import
 * screens and main-package components by path, so the home tab pulls in only the grid and
 * the feed; everything else stays in the `orders` subpackage.
 */
export { orderRoutes } from './routes'
