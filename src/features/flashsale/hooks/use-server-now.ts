import { useEffect, useState } from 'react'
import { correctedNow } from '@/domain/flashsale/countdown'
import { useServerClock } from '../model/server-clock'

/** The server's time, re-read every `everyMs`: countdowns subtract it from their target, never count by themselves. */
export function useServerNow(everyMs = 250): Date {
  const offsetMs = useServerClock((s) => s.offsetMs)
  const [local, setLocal] = useState(() => Date.now())
  useEffect(() => {
    const id = setInterval(() => setLocal(Date.now()), everyMs)
    return () => clearInterval(id)
  }, [everyMs])
  return correctedNow(offsetMs, local)
}
