import { useCallback, useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { GUEST } from '../stores/cart'
import { loadServerCart } from '../stores/cart-commands'

/**
 * A member's cart page (and product page) brings the device cart in line with the server's
 * when it opens and each time it shows again (changes made on another phone); a visitor's
 * cart stays on the device. `syncing` is true until the first answer.
 */
export function useServerCart(owner: string) {
  const [syncing, setSyncing] = useState(owner !== GUEST)
  const load = useCallback(async () => {
    await loadServerCart(owner)
    setSyncing(false)
  }, [owner])
  useEffect(() => void load(), [load])
  useDidShow(() => void load())
  return { syncing, reload: load }
}
