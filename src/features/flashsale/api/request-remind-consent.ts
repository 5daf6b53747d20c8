// Typed default for tsc and jest; Taro builds pick the .weapp.ts / .h5.ts file.
export { requestRemindConsent } from './request-remind-consent.h5'
