/**
 * Full brightness and no screen lock while the member code shows, so the till's scanner
 * reads it first time; the previous brightness comes back when it closes. WeChat restores
 * the system brightness by itself when the user leaves the mini program. Taro picks
 * screen-control.h5.ts in the browser, where pages cannot change either.
 */
import Taro from '@tarojs/taro'

const ignore = () => undefined

export async function brightenScreen(): Promise<() => void> {
  let previous: number | undefined
  try {
    const { value } = await Taro.getScreenBrightness()
    // Some Android phones answer -1 under automatic brightness: nothing to restore then.
    if (value >= 0 && value <= 1) previous = value
  } catch {
    // not available: restore nothing
  }
  Taro.setScreenBrightness({ value: 1 }).catch(ignore)
  Taro.setKeepScreenOn({ keepScreenOn: true }).catch(ignore)
  return () => {
    if (previous !== undefined) Taro.setScreenBrightness({ value: previous }).catch(ignore)
    Taro.setKeepScreenOn({ keepScreenOn: false }).catch(ignore)
  }
}
