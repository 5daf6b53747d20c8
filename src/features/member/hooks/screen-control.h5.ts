/** Browsers give pages no control over brightness or screen lock: nothing to do. */
export async function brightenScreen(): Promise<() => void> {
  return () => undefined
}
