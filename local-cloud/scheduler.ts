/**
 * Fires the functions' timer triggers on their cron (UTC), on the dev clock, as CloudBase
 * would. Used by `npm start`; tests fire triggers by hand (POST /__dev/trigger).
 */
import { clockNow } from './clock'
import { cronMatches } from './cron'
import type { FunctionRegistry } from './functions'

export function startScheduler(functions: FunctionRegistry, fire: (fn: string, trigger: string) => Promise<unknown>): () => void {
  let lastSecond = Math.floor(clockNow() / 1000)
  const timer = setInterval(() => {
    const second = Math.floor(clockNow() / 1000)
    // Each second since the last tick once (a moved clock does not replay the past).
    if (second <= lastSecond || second - lastSecond > 5) {
      lastSecond = second
      return
    }
    for (let s = lastSecond + 1; s <= second; s++) {
      const at = new Date(s * 1000)
      for (const fn of functions.names()) {
        for (const trigger of functions.get(fn)?.triggers ?? []) {
          if (!cronMatches(trigger.config, at)) continue
          fire(fn, trigger.name).catch((e) => console.error(`[local-cloud] timer ${fn}/${trigger.name} failed`, e))
        }
      }
    }
    lastSecond = second
  }, 250)
  timer.unref()
  return () => clearInterval(timer)
}
