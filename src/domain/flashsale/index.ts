/** Flash sales: sessions, item states, the reserve decision, shards, countdowns, rate limit. */
export * from './types'
export * from './errors'
export * from './sessions'
export * from './item-state'
export * from './check-reserve'
export * from './shards'
export * from './countdown'
export * from './rate-limit'
