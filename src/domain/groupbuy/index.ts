/** Group-buy chains (社群接龙): states, joining rules, masking, tallies, the share card, commission. */
export * from './errors'
export * from './chain-status'
export * from './join-lines'
export * from './masking'
export * from './commission'
export * from './tallies'
export * from './money-text'
export * from './share-card'
