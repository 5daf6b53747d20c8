/**
 * The clock that functions and serverDate see. `POST /__dev/clock` moves it; tests
 * use it to stand at 23:59:59.999 Asia/Shanghai. The global Date is replaced with a
 * subclass whose argument-less constructor and Date.now() read this clock, so function
 * code stays the same bytes as in production.
 */
/** The platform's Date, for hot paths that never need the emulated clock (loading stored dates). */
export const RealDate = Date

type ClockState = { kind: 'real' } | { kind: 'frozen'; at: number } | { kind: 'offset'; by: number }
let state: ClockState = { kind: 'real' }

export function clockNow(): number {
  if (state.kind === 'frozen') return state.at
  if (state.kind === 'offset') return RealDate.now() + state.by
  return RealDate.now()
}

/** Sets the time functions see. `ticking` lets it run on from there; otherwise it stands still. */
export function setClock(at: Date | number | string, ticking = false): void {
  const ms = new RealDate(at as string).getTime()
  if (Number.isNaN(ms)) throw new Error(`invalid clock time: ${String(at)}`)
  state = ticking ? { kind: 'offset', by: ms - RealDate.now() } : { kind: 'frozen', at: ms }
}

export function resetClock(): void {
  state = { kind: 'real' }
}

export function describeClock(): { now: string; mode: ClockState['kind'] } {
  return { now: new RealDate(clockNow()).toISOString(), mode: state.kind }
}

let installed = false

/**
 * Replaces the global Date once per realm. A Proxy keeps every Date the same class:
 * `instanceof Date`, subclasses and `Date()` called as a function all still work.
 */
export function installClock(): void {
  if (installed) return
  installed = true
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [clockNow()], newTarget),
    apply: () => new RealDate(clockNow()).toString(),
    get: (target, prop, receiver) => (prop === 'now' ? clockNow : Reflect.get(target, prop, receiver)),
  })
}
