/**
 * The dev endpoints change the clock, inject faults, fire timers and hand out login
 * tokens, so a web page open in the developer's browser must not reach them. A browser
 * names the page's origin on every cross-origin request (and on same-origin POSTs): we
 * accept only the host's own loopback origins. Comparing with the Host header would not
 * do: a DNS-rebound name sends a matching Host. A request without an Origin (node's
 * fetch in tests, curl, scripts) is not from a web page and stays allowed.
 */
import type { IncomingMessage } from 'node:http'

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]']

export function isOwnOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  return LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`)
}
