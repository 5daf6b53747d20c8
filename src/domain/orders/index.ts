/** Orders: tier prices, the checkout money breakdown, the state machine, refunds. */
export * from './types'
export * from './errors'
export * from './tier-price'
export * from './price-order'
export * from './order-status'
export * from './pay-deadline'
export * from './refund-plan'
export * from './shipping'
