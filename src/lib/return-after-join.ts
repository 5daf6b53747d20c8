/**
 * Where a visitor was sent to join from (e.g. 领券中心 after tapping 领取), so that the
 * join success can take them back there instead of leaving them on the card.
 * One use: taking it forgets it. Kept in storage so a reload in between keeps it.
 */
import { taroStorage } from './taro-storage'

const KEY = 'lib.returnAfterJoin'

export type ReturnAfterJoin = { url: string; /** The button, e.g. 「返回继续领券」. */ label: string }

export const rememberReturnAfterJoin = (to: ReturnAfterJoin) => taroStorage.set(KEY, JSON.stringify(to))

export function peekReturnAfterJoin(): ReturnAfterJoin | undefined {
  try {
    const to = JSON.parse(taroStorage.get(KEY) || 'null') as ReturnAfterJoin | null
    return to && typeof to.url === 'string' && typeof to.label === 'string' ? to : undefined
  } catch {
    return undefined
  }
}

export function takeReturnAfterJoin(): ReturnAfterJoin | undefined {
  const to = peekReturnAfterJoin()
  taroStorage.remove(KEY)
  return to
}
