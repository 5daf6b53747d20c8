/** Sign-in: daily check-in with streaks, a reward cycle, make-up (补签) and the month calendar. */
export { SIGNIN_ERRORS, type SigninErrorCode } from './errors'
export * from './reward-config'
export * from './signed-days'
export * from './streak-on'
export * from './checkin'
export * from './next-reward'
export * from './makeup'
export * from './month-calendar'
