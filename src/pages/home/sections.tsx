// Resolved per platform by Taro: sections.h5.tsx in the browser loads these after the
// first paint; the weapp build (and tsc/jest) takes them as they are.
export { CampaignBanners, CategoryGrid, FlashSaleStrip, HomeFeed, HomeMemberSummary, StoreWelcome } from './live-sections'
