// Typed default for tsc and jest; Taro builds pick the .weapp.ts / .h5.ts file.
export { shareLink } from './share-link.h5'
