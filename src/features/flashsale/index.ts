/** Flash sale (限时秒杀): the list and detail screens, and the home page's strip. */
export { default as FlashListScreen } from './screens/flash-list-screen'
export { default as FlashItemScreen } from './screens/flash-item-screen'
export { FlashSaleStrip } from './components/flash-sale-strip'
