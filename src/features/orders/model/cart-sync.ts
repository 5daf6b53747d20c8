/**
 * Sends a member's cart changes to the server, one write at a time. A tap changes the
 * device cart at once (optimistic) and queues the line's new quantity here; while a write
 * is in flight further taps only update the queue, and the next write carries their latest
 * quantities. No tap is lost, and writes of one phone reach the server in order (each is
 * an absolute quantity, so order matters). A write that failed for the network is queued
 * again (unless a newer quantity for its line is already waiting); a refusal is reported.
 */
export interface LineSet {
  skuId: string
  /** The line's quantity now; 0 removes it. */
  quantity: number
}

export interface CartSyncPorts {
  send(lines: LineSet[]): Promise<void>
  /** Network failures and busy replies: the same write may be sent again later. */
  retryable(error: unknown): boolean
  refused(error: unknown): void
}

export interface CartSync {
  push(skuId: string, quantity: number): void
  /** Sends what is queued; resolves when nothing is in flight (what failed for the network stays queued). */
  flush(): Promise<void>
  /** Nothing queued, nothing in flight: the device cart may take the server's answer. */
  idle(): boolean
}

export function createCartSync(ports: CartSyncPorts): CartSync {
  const queued = new Map<string, number>()
  let inFlight: Promise<void> | null = null

  const sendNext = async (): Promise<void> => {
    const lines = [...queued].map(([skuId, quantity]) => ({ skuId, quantity }))
    queued.clear()
    try {
      await ports.send(lines)
    } catch (e) {
      if (!ports.retryable(e)) return ports.refused(e)
      for (const l of lines) if (!queued.has(l.skuId)) queued.set(l.skuId, l.quantity)
      throw e
    }
  }

  const flush = async (): Promise<void> => {
    if (inFlight) return inFlight
    if (queued.size === 0) return
    inFlight = (async () => {
      try {
        // Taps that came while a write was in flight go in the next one.
        while (queued.size > 0) await sendNext()
      } catch {
        // Kept queued for the next tap or the next visit of the cart.
      } finally {
        inFlight = null
      }
    })()
    return inFlight
  }

  return {
    push(skuId, quantity) {
      queued.set(skuId, quantity)
      void flush()
    },
    flush,
    idle: () => queued.size === 0 && !inFlight,
  }
}
