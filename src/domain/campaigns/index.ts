/** Campaigns: calendar rules in Asia/Shanghai, evaluated on events, once per (member, campaign, period). */
export * from './types'
export * from './calendar-rule'
export * from './due-campaigns'
export * from './best-multiplier'
export * from './occasion-gifts'
export * from './member-day'
export * from './banners'
