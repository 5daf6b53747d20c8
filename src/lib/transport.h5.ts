import type { CloudTransport } from './ports'
import { ensureToken, login } from './dev-identity.h5'

const post = (fn: string, event: Record<string, unknown>, token: string) =>
  fetch(`/cloud/${encodeURIComponent(fn)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(event),
  })

/** Browser build: the local function host, same origin; identity is a dev login token. */
export const transport: CloudTransport = {
  async invoke(fn, event) {
    let response = await post(fn, event, await ensureToken())
    // The host forgets tokens when it restarts: log in again, once.
    if (response.status === 401) response = await post(fn, event, await login())
    if (!response.ok) throw new Error(`HTTP ${response.status} from /cloud/${fn}`)
    const body = (await response.json()) as { result?: unknown }
    return body.result
  },
}
