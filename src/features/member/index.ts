/**
 * Member feature: what the main-package tab pages use. The profile screen lives in the
 * `member` subpackage and is imported by its page directly (not from here), so it stays
 * out of the main package.
 */
export { StoreWelcome } from './components/store-welcome'
export { MemberCardView } from './components/card'
export { GuestInvite } from './components/card/guest-invite'
export { JoinSheet } from './components/join-sheet'
export { MineHeader } from './components/mine-header'
export { HomeMemberSummary } from './components/home-summary'
export { useSessionStore, refreshCard, type MemberStatus } from './stores/session'
export { memberRoutes } from './routes'
