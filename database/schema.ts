/**
 * Every collection and index of the cloud database, in one place. The local cloud
 * enforces it (an undeclared collection does not exist; unique indexes hold) and the
 * deploy step creates the same in CloudBase.
 */
import type { DatabaseSchema } from '../local-cloud/schema'

export const schema = {
  collections: [
    { name: 'requests', purpose: 'idempotency: the first reply to each (scope, caller, requestId); _id is that triple' },
    { name: 'settings', purpose: 'merchant configuration documents by _id: tiers, points, signin, brand' },
    { name: 'stores', purpose: 'the chain’s stores' },
    { name: 'staff', purpose: 'staff and admins by openid (_id); roles are looked up here on every call' },
    { name: 'scenes', purpose: 'store QR scenes: short id (_id) → store, staff, channel, campaign, tags' },
    {
      name: 'members',
      purpose: 'one member per openid (_id = openid); attribution is the first touch, locked',
      indexes: [{ name: 'cardNo_unique', fields: ['cardNo'], unique: true }],
    },
    { name: 'member_touches', purpose: 'every scan and visit with a scene, after the first one too' },
    {
      name: 'growth_ledger',
      purpose: 'append-only growth value entries',
      indexes: [{ name: 'member_request_unique', fields: ['memberId', 'requestId'], unique: true }],
    },
    { name: 'member_codes_used', purpose: 'single-use member and coupon codes: _id is the code nonce' },
    {
      name: 'points_ledger',
      purpose: 'append-only points entries; a member’s balance is their sum',
      indexes: [{ name: 'member_request_unique', fields: ['memberId', 'requestId'], unique: true }],
    },
    { name: 'points_accounts', purpose: 'per member (_id = openid): the balance and the open lots (one per earning, with what is left and when it expires)' },
    { name: 'products', purpose: 'products for the mall, coupons in scope and the points mall', indexes: [{ name: 'feed', fields: ['onSale', 'category', 'sort'] }] },
    { name: 'mall_items', purpose: 'points mall items with stock and per-member limit' },
    { name: 'mall_redemptions', purpose: 'points mall exchanges, one per redemption, with the pickup code for gifts' },
    { name: 'mall_counters', purpose: 'how many of an item a member has redeemed: _id = itemId:memberId' },
    { name: 'coupon_templates', purpose: 'coupon templates with stock counters' },
    { name: 'coupon_claims', purpose: 'per (template, member) claim counters: _id = templateId:memberId' },
    { name: 'coupons', purpose: 'coupon instances in members’ wallets' },
    { name: 'signins', purpose: 'one document per member and business day: _id = memberId:YYYY-MM-DD' },
    { name: 'outbox', purpose: 'local mode only: messages functions would have sent (subscribe messages), shown at GET /__dev/outbox' },
    { name: 'signin_states', purpose: 'per member: streak, totals, make-ups used per month, reminder switch' },
    { name: 'categories', purpose: 'catalog categories for the home grid, by _id', indexes: [{ name: 'sort', fields: ['sort'] }] },
    { name: 'skus', purpose: 'sellable variants of products: price in fen, member prices by tier, stock (taken by conditional decrement)', indexes: [{ name: 'product', fields: ['productId'] }] },
    { name: 'carts', purpose: 'one cart per member (_id = openid)' },
    {
      name: 'orders',
      purpose: 'orders; _id is the order number (also WeChat Pay out_trade_no)',
      indexes: [
        { name: 'member_created', fields: ['memberId', 'createdAt'] },
        { name: 'status_payBy', fields: ['status', 'payBy'] },
        { name: 'refund_status', fields: ['refund.status', 'storeId'], sparse: true },
        { name: 'store_status', fields: ['storeId', 'status'] },
        { name: 'source', fields: ['source.refId', 'status'], sparse: true },
      ],
    },
    { name: 'payments', purpose: 'payment notifications recorded once: _id = outTradeNo:transactionId', indexes: [{ name: 'order', fields: ['orderId'] }] },
    { name: 'refunds', purpose: 'refunds by out_refund_no (_id), reused on retry, settled by the refund notification', indexes: [{ name: 'order', fields: ['orderId'] }, { name: 'status_created', fields: ['status', 'createdAt'] }] },
    { name: 'flash_items', purpose: 'flash sale items: one per session and SKU, with the flash price, stock, per-member limit, tiers and pickup stores', indexes: [{ name: 'session', fields: ['sessionId', 'enabled'] }] },
    { name: 'flash_shards', purpose: 'a flash item’s stock split in K documents (_id = itemId~k), taken by conditional decrement', indexes: [{ name: 'item', fields: ['itemId'] }] },
    { name: 'flash_reminders', purpose: '开抢提醒 subscriptions: _id = itemId:memberId, sent once by the remind timer', indexes: [{ name: 'status_start', fields: ['status', 'startAt'] }] },
    { name: 'pay_sim', purpose: 'local mode only: the simulated WeChat Pay service (trades and refunds by out_trade_no / out_refund_no)', indexes: [{ name: 'trade', fields: ['outTradeNo'], sparse: true }] },
  ],
} as const satisfies DatabaseSchema

export type CollectionName = (typeof schema.collections)[number]['name']
