import type { Flow } from '../harness'

const OPENID = 'e2e-points-history'
const DAY = 86_400_000

/**
 * The history as an endless list: a new member with 45 entries over three months (an admin's
 * corrections, each at its own time on the dev clock). The first page shows 20; scrolling to
 * the bottom loads the rest under the right month headers, then 「没有更多了」.
 */
export const flow: Flow = {
  name: 'points-history',
  async run({ page, open, shot, call, dev }) {
    const joined = await call('member', OPENID, { action: 'join', requestId: 'e2e-history-join', scene: 'xh-wang', consent: true, privacyVersion: '2026.1' })
    if (!joined.ok) throw new Error(`join failed: ${JSON.stringify(joined)}`)
    const start = Date.now() - 80 * DAY
    for (let i = 0; i < 45; i++) {
      await dev('POST', 'clock', { now: new Date(start + i * 1.7 * DAY).toISOString() })
      const r = await call('points', 'demo-admin', { action: 'adjust', requestId: `e2e-history-${i}`, cardNo: joined.data.cardNo, amount: 10 + i, reason: '历史补录' })
      if (!r.ok) throw new Error(`adjust failed: ${JSON.stringify(r)}`)
    }
    await dev('DELETE', 'clock')

    await open('/packages/points/pages/index/index', OPENID)
    await page.locator('.ledger-row').first().waitFor()
    const firstPage = await page.locator('.ledger-row').count()
    if (firstPage !== 20) throw new Error(`first page should hold 20 rows, got ${firstPage}`)
    await page.mouse.move(187, 500) // over the list, not the H5 title bar
    for (let rows = firstPage; rows < 45; ) {
      // Like a thumb: leave the bottom zone, then come back to it (Taro fires once per arrival).
      await page.mouse.wheel(0, -400)
      await page.mouse.wheel(0, 20_000)
      await page.waitForFunction((n) => document.querySelectorAll('.ledger-row').length > n, rows)
      rows = await page.locator('.ledger-row').count()
    }
    await page.getByText('没有更多了').waitFor()
    await page.mouse.wheel(0, 20_000)
    const months = await page.locator('.history-list__month').allInnerTexts()
    if (new Set(months).size !== months.length) throw new Error(`a month header repeats: ${months.join(', ')}`)
    await shot('end')
  },
}
