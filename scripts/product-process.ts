/**
 * The product in a process of its own, exactly as `npm start` runs it (fresh demo data in
 * memory, what is built already): e2e flows and the LCP bench drive it in Chromium. Its
 * dev clock must not move the caller's clock (Playwright's and fetch's timers).
 */
import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { ROOT } from './serve'

/** Debian's Chromium, headless, as the toolchain notes say; playwright makes a fresh profile per launch. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

export async function startProduct(): Promise<{ url: string; stop(): void }> {
  const port = await freePort()
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LOCAL_CLOUD_DATA: ':memory:', SEED: 'demo', SKIP_BUILD: '1', TIMERS: 'off' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the product exited with ${child.exitCode}`)
    const healthy = await fetch(`${url}/__dev/health`).then((r) => r.ok, () => false)
    if (healthy) return { url, stop: () => child.kill() }
    if (Date.now() > deadline) throw new Error('the product did not become healthy in 60 s')
    await new Promise((r) => setTimeout(r, 200))
  }
}
