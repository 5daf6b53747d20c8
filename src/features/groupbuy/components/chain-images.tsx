// Default for tsc/jest; Taro builds pick chain-images.weapp.tsx / chain-images.h5.tsx.
export { ChainImages } from './chain-images.weapp'
