/** What the cloud client needs from its platform; each has a Taro and a fake implementation. */

/** Sends one event to one cloud function and resolves with the function's raw reply. */
export interface CloudTransport {
  invoke(fn: string, event: Record<string, unknown>): Promise<unknown>
}

/** Synchronous string storage (Taro storage on device, a Map in tests). */
export interface KeyValueStorage {
  get(key: string): string | undefined
  set(key: string, value: string): void
  remove(key: string): void
}

/** The only feedback the client gives by itself: one loading mask and error toasts. */
export interface CloudUi {
  showLoading(title: string): void
  hideLoading(): void
  toast(message: string): void
}
