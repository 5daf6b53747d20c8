// Default for tsc/jest; Taro builds pick phone-button.weapp.tsx / phone-button.h5.tsx.
export { PhoneButton } from './phone-button.weapp'
