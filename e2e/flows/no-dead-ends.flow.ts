import type { Page } from 'playwright-core'
import type { Flow } from '../harness'

const button = (page: Page, text: string) => page.locator('.nut-button:visible', { hasText: text }).first()
const TO_CLAIM = '鲜果满 50 减 10'

/**
 * Issue 16 item 5, no dead ends: an unknown route shows 「页面不存在」 and leads home; an
 * unknown coupon says 「券不存在或已失效」; sub-pages have a title bar with a way back; a
 * visitor who taps 领取 and is sent to join comes back to the coupon after joining.
 */
export const flow: Flow = {
  name: 'no-dead-ends',
  async run({ page, open, shot }) {
    await open('/pages/nowhere/index')
    await page.getByText('页面不存在').first().waitFor()
    await shot('not-found')
    await button(page, '回到首页').click()
    await page.locator('.taro-tabbar__tabbar').waitFor()
    await page.waitForURL(/#\/pages\/home\/index/)

    await open('/packages/coupons/pages/detail/index?id=no-such-coupon', 'demo-member')
    await page.getByText('券不存在或已失效').waitFor()
    await page.locator('#taro-navigation-bar.taro-navigation-bar-show').waitFor()
    await shot('coupon-gone')
    await button(page, '去券包').click()
    await page.waitForURL(/#\/pages\/wallet\/index/)

    // A sub-page opened from a tab has a title bar with a back button.
    await open('/pages/mine/index', 'demo-member')
    await page.locator('.nut-cell', { hasText: '每日签到' }).click()
    await page.locator('.taro-navigation-bar-title', { hasText: '每日签到' }).waitFor()
    await page.locator('.taro-navigation-bar-back:visible').click()
    await page.waitForURL(/#\/pages\/mine\/index/)

    // A visitor taps 领取, is sent to join, and comes back to the coupon.
    await open('/packages/coupons/pages/center/index')
    const ticket = page.locator('.coupon-ticket').filter({ hasText: TO_CLAIM }).first()
    await ticket.locator('.nut-button', { hasText: '领取' }).click()
    await page.getByText('去入会 ›').click()
    await button(page, '一键成为会员').click()
    await page.getByText('入会即送：新人 5 元无门槛券').waitFor() // the gift, before joining
    await shot('join-sheet-gift')
    await button(page, '同意并加入').click()
    await page.getByText('入会成功').waitFor()
    await button(page, '返回继续领券').click()
    await page.waitForURL(/#\/packages\/coupons\/pages\/center\/index/)
    await ticket.locator('.nut-button', { hasText: '领取' }).click()
    await ticket.locator('.nut-button', { hasText: '去使用' }).waitFor()
    await shot('back-to-coupon')
  },
}
