import type { Flow } from '../harness'

/**
 * Points: 积分中心 (balance, expiry, history by month, filter) → 积分商城 → redeem the bag
 * (800 积分) → pickup code, balance 415 → the limit stops a second one → 兑换记录.
 */
export const flow: Flow = {
  name: 'points',
  async run({ page, open, shot, call }) {
    await open('/packages/points/pages/index/index', 'demo-member')
    await page.locator('.balance-hero__amount').getByText('1,215', { exact: true }).waitFor()
    await page.getByText(/积分将于 \d{4}-\d{2}-\d{2} 过期/).first().waitFor()
    await page.locator('.history-list__month').first().waitFor()
    await page.getByText('+35', { exact: true }).waitFor()
    // The demo member's story (database/seed/demo-member-story.ts): each entry says what it was.
    await page.locator('.ledger-row__detail').getByText('徐汇滨江店 · 小票 XH0003').waitFor()
    await page.locator('.ledger-row', { hasText: '每日签到' }).nth(4).waitFor() // one entry per signed day
    await shot('center')

    // 使用: only spending is left; the earning rows go away.
    await page.locator('.history-filter__chip').getByText('使用', { exact: true }).click()
    await page.getByText('−300', { exact: true }).waitFor()
    await page.locator('.ledger-row__detail').getByText('苹果兑换券').waitFor()
    await page.getByText('+35', { exact: true }).waitFor({ state: 'detached' })

    await page.locator('.points-shortcuts__item').getByText('积分商城').click()
    await page.locator('.mall-card__title').getByText('鲜果环保购物袋').waitFor()
    await page.getByText('已兑完').first().waitFor()
    await shot('mall')

    await page.locator('.mall-card').filter({ hasText: '鲜果环保购物袋' }).click()
    await page.locator('.mall-item-info__cost').getByText('800 积分').waitFor()
    await page.locator('.redeem-bar__button', { hasText: '立即兑换' }).click()
    await page.getByText('确认使用 800 积分兑换鲜果环保购物袋？').waitFor()
    await shot('confirm')
    await page.locator('.nut-dialog-footer-ok', { hasText: '确认兑换' }).click()

    await page.locator('.redeem-result__title', { hasText: '兑换成功' }).waitFor()
    const code = (await page.locator('.redeem-result .pickup-code__digits').innerText()).replace(/\s/g, '')
    if (!/^\d{8}$/.test(code)) throw new Error(`pickup code should be 8 digits, got "${code}"`)
    await page.locator('.redeem-result__balance').getByText('415', { exact: true }).waitFor()
    await shot('redeemed')

    // The server refuses a second one whatever the client shows…
    const again = await call('points', 'demo-member', { action: 'mall.redeem', requestId: `e2e-again-${Date.now()}`, itemId: 'mall-bag' })
    if (again.ok !== false || again.message !== '每人限兑 1 件') throw new Error(`second redemption should be refused, got ${JSON.stringify(again)}`)
    // …and the mall, refreshed on return, shows the limit reached.
    await page.locator('.redeem-result__actions .nut-button', { hasText: '返回积分商城' }).click()
    await page.locator('.mall-header__balance').getByText('415', { exact: true }).waitFor()
    const bag = page.locator('.mall-card').filter({ hasText: '鲜果环保购物袋' })
    await bag.getByText('已兑 1/1').waitFor()
    await bag.click()
    await page.locator('.redeem-bar__button').getByText('已达兑换上限').waitFor()
    await page.locator('.redeem-bar__hint').getByText('每人限兑 1 件').waitFor()
    await shot('limit')

    await open('/packages/points/pages/records/index', 'demo-member')
    await page.locator('.redemption-row__title').getByText('鲜果环保购物袋').waitFor()
    await page.locator('.redemption-row .pickup-code__digits').getByText(`${code.slice(0, 4)} ${code.slice(4)}`).waitFor()
    await shot('records')
  },
}
