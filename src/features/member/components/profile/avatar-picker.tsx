// Default for tsc/jest; Taro builds pick avatar-picker.weapp.tsx / avatar-picker.h5.tsx.
export { AvatarPicker } from './avatar-picker.weapp'
