/**
 * What an e2e flow gets: a phone-sized Chromium page on the product's one URL, a way to
 * be someone (dev identity), the dev clock, and screenshots a person can look at.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'

export interface FlowContext {
  page: Page
  /** The product's URL, e.g. http://127.0.0.1:10086 */
  url: string
  /** Opens a hash route (e.g. '/pages/member/index') as `openid` (a fresh visitor if omitted). */
  open(route: string, openid?: string): Promise<void>
  /** Saves e2e-shots/<flow>-<name>.png and returns its path. */
  shot(name: string): Promise<string>
  /** Calls a dev endpoint of the host (clock, trigger, faults…). */
  dev(method: string, route: string, body?: unknown): Promise<unknown>
  /** Calls a cloud function as `openid`, as the client would. */
  call(fn: string, openid: string, event: Record<string, unknown>): Promise<any>
}

export interface Flow {
  name: string
  run(ctx: FlowContext): Promise<void>
  /**
   * Why the flow is left out of the full run (it still runs when named:
   * `npm run e2e -- <name>`). A quarantined flow is a known defect with an open issue.
   */
  quarantined?: string
}

export const SHOTS = path.resolve(__dirname, '..', process.env.E2E_SHOTS || 'e2e-shots')

export async function flowContext(browser: Browser, url: string, flow: string): Promise<{ ctx: FlowContext; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error(`  [${flow}] page error: ${e.message}`))
  fs.mkdirSync(SHOTS, { recursive: true })
  const tokens = new Map<string, string>()
  const token = async (openid: string) => {
    if (!tokens.has(openid)) {
      const r = await fetch(`${url}/__dev/login`, { method: 'POST', body: JSON.stringify({ openid }) })
      tokens.set(openid, ((await r.json()) as { token: string }).token)
    }
    return tokens.get(openid) as string
  }
  const ctx: FlowContext = {
    page,
    url,
    async open(route, openid = `visitor-e2e-${Date.now().toString(36)}`) {
      await page.goto(`${url}/`)
      await page.evaluate((id) => {
        localStorage.clear()
        localStorage.setItem('dev.openid', id)
      }, openid)
      await page.goto(`${url}/#${route}`)
      await page.reload()
    },
    async shot(name) {
      const file = path.join(SHOTS, `${flow}-${name}.png`)
      await page.waitForTimeout(400) // let Taro's page transition settle
      await page.screenshot({ path: file })
      return file
    },
    async dev(method, route, body) {
      const r = await fetch(`${url}/__dev/${route}`, { method, body: body === undefined ? undefined : JSON.stringify(body) })
      return r.json()
    },
    async call(fn, openid, event) {
      const r = await fetch(`${url}/cloud/${fn}`, { method: 'POST', headers: { authorization: `Bearer ${await token(openid)}` }, body: JSON.stringify(event) })
      return ((await r.json()) as { result: unknown }).result
    },
  }
  return { ctx, close: () => context.close() }
}
