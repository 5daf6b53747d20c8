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
    { name: 'staff', purpose: 'staff and admins by openid (_id); roles are looked up here on every call' },
    { name: 'scenes', purpose: 'store QR scenes: short id (_id) → store, staff, channel, campaign, tags' },
    {
      name: 'members',
      purpose: 'one member per openid (_id = openid); attribution is the first touch, locked',
      indexes: [
        { name: 'cardNo_unique', fields: ['cardNo'], unique: true },
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
      indexes: [{ name: 'member_request_unique', fields: ['memberId', 'requestId'], unique: true }],
    },
    { name: 'member_codes_used', purpose: 'single-use member and coupon codes: _id is the code nonce' },
    {
      name: 'points_ledger',
      purpose: 'append-only points entries; a member’s balance is their sum',
      indexes: [{ name: 'member_request_unique', fields: ['memberId', 'requestId'], unique: true }],
    },
    { name: 'points_accounts', purpose: 'per member (_id = openid): the balance and the open lots (one per earning, with what is left and when it expires)' },
    { name: 'products', purpose: 'products for the mall, coupons in scope and the points mall' },
    { name: 'mall_items', purpose: 'points mall items with stock and per-member limit' },
    { name: 'mall_redemptions', purpose: 'points mall exchanges, one per redemption, with the pickup code for gifts' },
    { name: 'mall_counters', purpose: 'how many of an item a member has redeemed: _id = itemId:memberId' },
    { name: 'coupon_templates', purpose: 'coupon templates with stock counters' },
    { name: 'coupon_claims', purpose: 'per (template, member) claim counters: _id = templateId:memberId' },
    { name: 'coupons', purpose: 'coupon instances in members’ wallets' },
    { name: 'signins', purpose: 'one document per member and business day: _id = memberId:YYYY-MM-DD' },
    { name: 'outbox', purpose: 'local mode only: messages functions would have sent (subscribe messages), shown at GET /__dev/outbox' },
    { name: 'signin_states', purpose: 'per member: streak, totals, make-ups used per month, reminder switch' },
    { name: 'till_receipts', purpose: 'one till award per store receipt: _id = storeId:receiptNo, written with the award' },
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
