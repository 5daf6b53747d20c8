// Resolved per platform by Taro. Weapp: from the feature's face, which the other tab pages
// use too (the main package holds all of it either way). Browser: member-pieces.h5.ts.
export { HomeMemberSummary, StoreWelcome } from '@/features/member'
