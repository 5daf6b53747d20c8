/**
 * Countdowns run on the server's clock: the client keeps the offset between the time a
 * reply carried and its own clock, and corrects its clock by it.
 */

/** Server time minus local time, from a reply's server time and the local time it arrived. */
export const clockOffset = (serverNow: Date, localAtReply: number): number => serverNow.getTime() - localAtReply

export const correctedNow = (offsetMs: number, localNow: number): Date => new Date(localNow + offsetMs)

export type Countdown = { totalSeconds: number; hours: number; minutes: number; seconds: number; text: string }

const pad = (n: number) => String(n).padStart(2, '0')

/** Time left until `target`, in whole seconds rounded up (00:00:00 only once it is reached). */
export function countdownTo(target: Date, now: Date): Countdown {
  const totalSeconds = Math.max(0, Math.ceil((target.getTime() - now.getTime()) / 1000))
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  return { totalSeconds, hours, minutes, seconds, text: `${pad(hours)}:${pad(minutes)}:${pad(seconds)}` }
}
