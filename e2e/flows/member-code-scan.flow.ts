import type { Flow } from '../harness'
import { scanQr } from '../scan-qr'

const MEMBER = 'e2e-code-scan'

/**
 * Issue 16 item 3: staff scan the member code at the till and award points; the open code
 * sheet says 「积分到账 +N」, the card behind it shows the new balance, and a fresh code
 * replaces the used one.
 */
export const flow: Flow = {
  name: 'member-code-scan',
  async run({ page, open, shot, call }) {
    const joined = await call('member', MEMBER, { action: 'join', requestId: `e2e-scan-join-${Date.now()}`, consent: true, privacyVersion: '2026.1' })
    if (!joined.ok) throw new Error(`join: ${joined.code}`)

    await open('/pages/member/index', MEMBER)
    await page.locator('.card-face').waitFor()
    await page.locator('.member-card-view__code .nut-button').click()
    await page.locator('.member-sheet.nut-popup-slide-bottom-enter-done').waitFor()
    const code = await scanQr(page.locator('.code-sheet__qr'))

    const earned = await call('points', 'demo-staff', { action: 'till.earn', requestId: `e2e-scan-earn-${Date.now()}`, code, paidFen: 6000, receiptNo: 'R2026E2E01' })
    if (!earned.ok) throw new Error(`till.earn: ${earned.code} ${earned.message}`)
    await page.locator('.code-sheet__notice').getByText(`积分到账 +${earned.data.points}`).waitFor({ timeout: 6000 })
    // A fresh code, not the used one.
    for (let i = 0; ; i++) {
      const now = await scanQr(page.locator('.code-sheet__qr')).catch(() => code)
      if (now !== code) break
      if (i > 50) throw new Error('the used code is still shown')
      await page.waitForTimeout(100)
    }
    // The card behind the sheet already shows the new balance (refreshed on the use).
    await page.locator('.card-stats__item', { hasText: '积分' }).locator('.card-stats__value').getByText(String(earned.data.balance), { exact: true }).waitFor()
    await shot('awarded')
  },
}
