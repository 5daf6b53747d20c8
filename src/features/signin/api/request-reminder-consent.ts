// Typed default for tsc and jest; Taro builds pick the .weapp.ts / .h5.ts file.
export { requestReminderConsent } from './request-reminder-consent.h5'
