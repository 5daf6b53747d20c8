// Browser build: from their files, not the feature's index, which would bring the card,
// the member code (QR encoder, Code128), the mine header and the guest invite into home's
// chunk: each tab page has a chunk of its own there.
export { HomeMemberSummary } from '@/features/member/components/home-summary'
export { StoreWelcome } from '@/features/member/components/store-welcome'
