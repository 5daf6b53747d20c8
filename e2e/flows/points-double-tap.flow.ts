import type { Flow } from '../harness'

const MEMBER = 'e2e-double-tap'

/**
 * Issue 16 item 1: a double tap on 「确认兑换」 spends the points once and ends on 「兑换成功」
 * with the pickup code, never on the refusal the second tap would have earned.
 */
export const flow: Flow = {
  name: 'points-double-tap',
  async run({ page, open, shot, call }) {
    const joined = await call('member', MEMBER, { action: 'join', requestId: `e2e-dt-join-${Date.now()}`, consent: true, privacyVersion: '2026.1' })
    if (!joined.ok) throw new Error(`join: ${joined.code}`)
    const given = await call('points', 'demo-admin', { action: 'adjust', requestId: `e2e-dt-adj-${Date.now()}`, cardNo: joined.data.cardNo, amount: 1000, reason: '门店活动补发' })
    if (!given.ok) throw new Error(`adjust: ${given.code}`)

    await open('/packages/points/pages/mall-item/index?id=mall-bag', MEMBER)
    await page.locator('.redeem-bar__number').getByText('1,000', { exact: true }).waitFor()
    await page.locator('.redeem-bar__button', { hasText: '立即兑换' }).click()
    await page.locator('.nut-dialog-footer-ok', { hasText: '确认兑换' }).dblclick()

    await page.locator('.redeem-result__title', { hasText: '兑换成功' }).waitFor()
    const code = (await page.locator('.redeem-result .pickup-code__digits').innerText()).replace(/\s/g, '')
    if (!/^\d{8}$/.test(code)) throw new Error(`pickup code should be 8 digits, got "${code}"`)
    await page.locator('.redeem-result__balance').getByText('200', { exact: true }).waitFor()
    await page.waitForTimeout(800) // a late refusal would replace the screen here
    await page.locator('.redeem-result__title', { hasText: '兑换成功' }).waitFor()
    await shot('success')

    const history = await call('points', MEMBER, { action: 'history', limit: 20 })
    const spent = history.data.items.filter((e: { code: string }) => e.code === 'spend.mall')
    if (spent.length !== 1) throw new Error(`the double tap spent ${spent.length} times`)
    // The history says what each entry was.
    if (spent[0].detail !== '鲜果环保购物袋') throw new Error(`mall entry detail: ${spent[0].detail}`)
    await open('/packages/points/pages/index/index', MEMBER)
    await page.locator('.ledger-row__detail').getByText('原因：门店活动补发').waitFor()
    await page.locator('.ledger-row__detail').getByText('鲜果环保购物袋').waitFor()
    await shot('history-details')
  },
}
