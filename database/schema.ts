/**
 * Every collection and index of the cloud database, in one place. The local cloud
 * enforces it (an undeclared collection does not exist; unique indexes hold) and the
 * deploy step creates the same in CloudBase.
 */
import type { DatabaseSchema } from '../local-cloud/schema'

export const schema = {
  collections: [
    {
      name: 'requests',
      purpose: 'idempotency: the first reply to each (scope, caller, requestId); _id is that triple; kept 90 days',
      indexes: [{ name: 'at', fields: ['at'] }],
    },
    { name: 'settings', purpose: 'merchant configuration documents by _id: tiers, points, signin, brand' },
    { name: 'stores', purpose: 'the chain’s stores' },
    { name: 'staff', purpose: 'staff and admins by openid (_id); roles are looked up here on every call', indexes: [{ name: 'storeId', fields: ['storeId'] }] },
    { name: 'scenes', purpose: 'store QR scenes: short id (_id) → store, staff, channel, campaign, tags' },
    {
      name: 'members',
      purpose: 'one member per openid (_id = openid); attribution is the first touch, locked',
      indexes: [
        { name: 'cardNo_unique', fields: ['cardNo'], unique: true },
        { name: 'staff_joined', fields: ['attribution.staffId', 'joinedAt'], sparse: true },
        { name: 'birthday_month_day', fields: ['birthdayMonthDay'] },
        // admin stats: members joined in a range, paged by _id
        { name: 'joinedAt_id', fields: ['joinedAt', '_id'] },
      ],
    },
    {
      name: 'member_touches',
      purpose: 'scans and visits with a scene, after the first one too: one per member, scene and Shanghai day (_id = memberId:sceneId:day); kept 180 days',
      indexes: [{ name: 'at', fields: ['at'] }],
    },
    {
      name: 'growth_ledger',
      purpose: 'append-only growth value entries',
      indexes: [
        { name: 'member_request_unique', fields: ['memberId', 'requestId'], unique: true },
        { name: 'member_at', fields: ['memberId', 'at'] },
      ],
    },
    { name: 'member_codes_used', purpose: 'single-use member and coupon codes: _id is the code nonce' },
    {
      name: 'points_ledger',
      purpose: 'append-only points entries; a member’s balance is their sum',
      indexes: [
        { name: 'member_request_unique', fields: ['memberId', 'requestId'], unique: true },
        { name: 'member_at', fields: ['memberId', 'at'] },
        { name: 'at', fields: ['at'] },
      ],
    },
    { name: 'points_accounts', purpose: 'per member (_id = openid): the balance and the open lots (one per earning, with what is left and when it expires)' },
    {
      name: 'products',
      purpose: 'products for the mall, coupons in scope and the points mall',
      indexes: [
        { name: 'category', fields: ['category'] },
        { name: 'feed', fields: ['onSale', 'category', 'sort'] },
        { name: 'on_sale_sort', fields: ['onSale', 'sort'] },
      ],
    },
    { name: 'mall_items', purpose: 'points mall items with stock and per-member limit', indexes: [{ name: 'enabled_sort', fields: ['enabled', 'sort'] }] },
    {
      name: 'mall_redemptions',
      purpose: 'points mall exchanges, one per redemption, with the pickup code for gifts',
      indexes: [
        { name: 'member_at', fields: ['memberId', 'at'] },
        { name: 'pickupCode', fields: ['pickupCode'], sparse: true },
      ],
    },
    { name: 'mall_counters', purpose: 'how many of an item a member has redeemed: _id = itemId:memberId', indexes: [{ name: 'member', fields: ['memberId'] }] },
    { name: 'coupon_templates', purpose: 'coupon templates with stock counters', indexes: [{ name: 'issued_by_enabled', fields: ['issuedBy', 'enabled'] }] },
    { name: 'coupon_claims', purpose: 'per (template, member) claim counters: _id = templateId:memberId' },
    {
      name: 'coupons',
      purpose: 'coupon instances in members’ wallets',
      indexes: [
        { name: 'owner_valid_to', fields: ['ownerId', 'validTo'] },
        { name: 'owner_status_valid_to', fields: ['ownerId', 'status', 'validTo'] },
        { name: 'status_valid_to', fields: ['status', 'validTo'] },
        { name: 'status_lock_until', fields: ['status', 'lockedBy.until'] },
      ],
    },
    {
      name: 'signins',
      purpose: 'one document per member and business day: _id = memberId:YYYY-MM-DD',
      indexes: [{ name: 'member_day', fields: ['memberId', 'day'] }],
    },
    { name: 'outbox', purpose: 'local mode only: messages functions would have sent (subscribe messages), shown at GET /__dev/outbox' },
    {
      name: 'signin_states',
      purpose: 'per member: streak, totals, make-ups used per month, reminder switch',
      indexes: [{ name: 'reminder_on', fields: ['reminderOn'] }],
    },
    { name: 'jobs', purpose: 'timer jobs: per job (_id = function.trigger) the period, cursor and progress of its resumable walk' },
    { name: 'till_receipts', purpose: 'one till award per store receipt: _id = storeId:receiptNo, written with the award' },
    { name: 'categories', purpose: 'catalog categories for the home grid, by _id', indexes: [{ name: 'sort', fields: ['sort'] }] },
    { name: 'skus', purpose: 'sellable variants of products: price in fen, member prices by tier, stock (taken by conditional decrement)', indexes: [{ name: 'product', fields: ['productId'] }] },
    { name: 'carts', purpose: 'one cart per member (_id = openid)' },
    {
      name: 'orders',
      purpose: 'orders; _id is the order number (also WeChat Pay out_trade_no)',
      indexes: [
        { name: 'member_created', fields: ['memberId', 'createdAt'] },
        { name: 'member_status_created', fields: ['memberId', 'status', 'createdAt'] },
        { name: 'status_payBy', fields: ['status', 'payBy'] },
        { name: 'refund_status', fields: ['refund.status', 'storeId'], sparse: true },
        { name: 'store_status', fields: ['storeId', 'status'] },
        { name: 'source', fields: ['source.refId', 'status'], sparse: true },
        { name: 'ship_from_status', fields: ['shipFrom', 'status', 'paidAt'], sparse: true },
        { name: 'kind_status_paid', fields: ['fulfilment.kind', 'status', 'paidAt'] },
        { name: 'status_auto_complete', fields: ['status', 'shipment.autoCompleteAt'], sparse: true },
      ],
    },
    {
      name: 'stock_holds',
      purpose: 'SKU stock taken for an order being created (_id = openid:requestId): held → ordered, or returned by the reclaim timer after a crash',
      indexes: [{ name: 'open_created', fields: ['open', 'createdAt'] }],
    },
    { name: 'payments', purpose: 'payment notifications recorded once: _id = outTradeNo:transactionId', indexes: [{ name: 'order', fields: ['orderId'] }] },
    { name: 'refunds', purpose: 'refunds by out_refund_no (_id), reused on retry, settled by the refund notification', indexes: [{ name: 'order', fields: ['orderId'] }, { name: 'status', fields: ['status'] }] },
    { name: 'pay_sim', purpose: 'local mode only: the simulated WeChat Pay service (trades and refunds by out_trade_no / out_refund_no)', indexes: [{ name: 'trade', fields: ['outTradeNo'], sparse: true }] },
    { name: 'staff_invites', purpose: 'one-time staff invites (_id = the invite code): store, role, expiry, who used it' },
    { name: 'staff_audit', purpose: 'append-only: every invite, bind, unbind and till reversal: who, when, what', indexes: [{ name: 'store_at', fields: ['storeId', 'at'] }] },
    {
      name: 'staff_work',
      purpose: 'the till work log: one document per award, coupon redemption and pickup, for the staff numbers and reversals',
      indexes: [
        { name: 'store_month', fields: ['storeId', 'month'] },
        { name: 'store_kind_at', fields: ['storeId', 'kind', 'at'] },
      ],
    },
    { name: 'flash_items', purpose: 'flash sale items: one per session and SKU, with the flash price, stock, per-member limit, tiers and pickup stores', indexes: [{ name: 'session', fields: ['sessionId', 'enabled'] }] },
    { name: 'flash_shards', purpose: 'a flash item’s stock split in K documents (_id = itemId~k), taken by conditional decrement', indexes: [{ name: 'item', fields: ['itemId'] }] },
    { name: 'flash_reminders', purpose: '开抢提醒 subscriptions: _id = itemId:memberId, sent once by the remind timer', indexes: [{ name: 'status_start', fields: ['status', 'startAt'] }] },
    { name: 'leaders', purpose: 'group-buy leaders (团长) by openid (_id), approved by an admin for a store or pickup point; commission totals' },
    { name: 'chains', purpose: 'group-buy chains (接龙): products at chain prices, limit, deadline, pickup, state; lastNo = entry-number counter; tally = running totals of counted entries, kept with lastNo', indexes: [
        { name: 'leader_created', fields: ['leaderId', 'createdAt'] },
        // admin.stats: chains created in a range.
        { name: 'created', fields: ['createdAt'] },
        // groupbuy.list: open chains, soonest deadline first, of all stores or one.
        { name: 'status_deadline', fields: ['status', 'deadline'] },
        { name: 'store_status_deadline', fields: ['storeId', 'status', 'deadline'] },
        // groupbuy.readyNotices timer: chains whose 备货 到货提醒 are still being sent.
        { name: 'ready_notices', fields: ['readyNotices'], sparse: true },
      ] },
    { name: 'chain_stock', purpose: 'what is left of one chain product (_id = chainId~key), taken by conditional decrement', indexes: [{ name: 'chain', fields: ['chainId'] }] },
    { name: 'chain_holds', purpose: 'what one member holds of a chain per product (_id = chainId:openid), for the per-person limit' },
    {
      name: 'chain_entries',
      purpose: 'one entry per chain order (_id = order id): quantities, state following the order, entry number when paid, commission',
      indexes: [
        { name: 'chain_no', fields: ['chainId', 'no'] },
        { name: 'chain_status', fields: ['chainId', 'status'] },
        { name: 'chain_member_created', fields: ['chainId', 'memberId', 'createdAt'] },
        { name: 'leader_no', fields: ['leaderId', 'no'] },
      ],
    },
    { name: 'team_offers', purpose: 'team-buy (拼团) offers set by the merchant: a SKU at a team price, team size N, window, stores', indexes: [{ name: 'product_enabled', fields: ['productId', 'enabled'] }] },
    { name: 'teams', purpose: 'team buys (拼团): one per opened team, with its paid seats (≤ N), deadline and state', indexes: [{ name: 'status_deadline', fields: ['status', 'deadline'] }] },
    { name: 'team_members', purpose: 'who joined a team (_id = teamId:openid) with their order: one live join per member and team' },
    {
      name: 'campaigns',
      purpose: 'merchant campaigns of the campaign engine (src/domain/campaigns), configured in the admin console',
      indexes: [{ name: 'enabled', fields: ['enabled'] }],
    },
    {
      name: 'admin_audit',
      purpose: 'every console change: who, when, the action, the record before and after; written with the change, never edited',
      indexes: [
        { name: 'at', fields: ['at'] },
        { name: 'kind_at', fields: ['kind', 'at'] },
      ],
    },
  ],
} as const satisfies DatabaseSchema

export type CollectionName = (typeof schema.collections)[number]['name']
