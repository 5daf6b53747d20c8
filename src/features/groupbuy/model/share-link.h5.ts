import Taro from '@tarojs/taro'

/** H5: the same link as the card's path, copied to paste into a group. */
export async function shareLink(path: string): Promise<void> {
  const url = `${window.location.origin}${window.location.pathname}#${path}`
  await Taro.setClipboardData({ data: url })
}
