import type { Page } from 'playwright-core'
import type { Flow } from '../harness'

const MEMBER = 'e2e-narrow'
const buttonOf = (page: Page, text: string) => page.locator('.nut-button:visible', { hasText: text }).first()

/** Throws unless the element lies wholly inside the viewport (and inside `within`, if given). */
async function inside(page: Page, selector: string, within?: string) {
  const box = await page.locator(selector).first().boundingBox()
  const frame = within ? await page.locator(within).first().boundingBox() : { x: 0, y: 0, ...page.viewportSize()! }
  if (!box || !frame) throw new Error(`${selector} is not on screen`)
  const out = box.x < frame.x - 0.5 || box.y < frame.y - 0.5 || box.x + box.width > frame.x + frame.width + 0.5 || box.y + box.height > frame.y + frame.height + 0.5
  if (out) throw new Error(`${selector} ${JSON.stringify(box)} sticks out of ${within ?? 'the screen'} ${JSON.stringify(frame)}`)
}

/**
 * Waits until the layer over the H5 tab bar (sheet-dim.scss) is shown and on top, or gone:
 * shown = fully opaque, and a tap at the bar's centre hits the bar's own layer, not a tab.
 */
async function expectTabBarDimmed(page: Page, dimmed: boolean) {
  await page.waitForFunction((want) => {
    const bar = document.querySelector('.taro-tabbar__tabbar') as HTMLElement
    const box = bar.getBoundingClientRect()
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
    return (getComputedStyle(bar, '::after').opacity === '1' && top === bar) === want
  }, dimmed)
  if (dimmed) {
    // A tap on 券包 in the dimmed bar switches nothing.
    await page.mouse.click(200, 620)
    await page.waitForTimeout(300)
    if (!page.url().includes('pages/member/index')) throw new Error(`a tap on the dimmed tab bar left the page: ${page.url()}`)
  }
}

/**
 * Issue 16 item 7 at 320 px (the narrowest phones): the join sheet's button fully visible
 * above the tab bar, which it dims (the member code sheet too), the wallet tabs across the
 * width, 兑换记录 inside its cards, the identity switch docked on the edge. Screenshots at 320 and 375.
 */
export const flow: Flow = {
  name: 'layout-320',
  async run({ page, open, shot, call }) {
    await page.setViewportSize({ width: 320, height: 640 })

    // A visitor's join sheet on the 会员 tab.
    await open('/pages/member/index')
    await buttonOf(page, '一键成为会员').click()
    await page.locator('.member-sheet.nut-popup-slide-bottom-enter-done').waitFor()
    await page.getByText('入会即送：新人 5 元无门槛券').waitFor()
    // Above the tab bar, not behind it.
    const button = await page.locator('.join-sheet .nut-button:visible').boundingBox()
    const bar = await page.locator('.taro-tabbar__tabbar').boundingBox()
    if (!button || !bar || button.y < 0 || button.y + button.height > bar.y + 0.5) throw new Error(`join button ${JSON.stringify(button)} vs tab bar ${JSON.stringify(bar)}`)
    await expectTabBarDimmed(page, true)
    await shot('join-sheet-320')
    await page.mouse.click(160, 140) // the dimmed page above the sheet closes it
    await expectTabBarDimmed(page, false)

    // A member with one coupon and one gift from the mall.
    const joined = await call('member', MEMBER, { action: 'join', requestId: `e2e-narrow-join-${Date.now()}`, consent: true, privacyVersion: '2026.1' })
    await call('points', 'demo-admin', { action: 'adjust', requestId: `e2e-narrow-adj-${Date.now()}`, cardNo: joined.data.cardNo, amount: 2000, reason: '测试' })
    for (const itemId of ['mall-apple', 'mall-bag']) {
      const r = await call('points', MEMBER, { action: 'mall.redeem', requestId: `e2e-narrow-${itemId}-${Date.now()}`, itemId })
      if (!r.ok) throw new Error(`redeem ${itemId}: ${r.code}`)
    }
    // The member code sheet dims the tab bar the same way.
    await open('/pages/member/index', MEMBER)
    await page.locator('.member-card-view__code .nut-button').click()
    await page.locator('.member-sheet.nut-popup-slide-bottom-enter-done').waitFor()
    await page.locator('.code-sheet__qr .qr-view__row').first().waitFor()
    await expectTabBarDimmed(page, true)
    await shot('code-sheet-320')

    await open('/packages/points/pages/records/index', MEMBER)
    await page.locator('.redemption-row').nth(1).waitFor()
    await page.getByText('凭提货码到任一门店领取').waitFor()
    await page.locator('.redemption-row__status', { hasText: '可使用' }).waitFor()
    await page.getByText(/有效期至 \d{4}-\d{2}-\d{2}/).first().waitFor()
    await inside(page, '.redemption-row__link', '.redemption-row:has(.redemption-row__link)')
    await shot('records-320')
    await page.locator('.redemption-row__link').click()
    await page.locator('.coupon-detail').getByText('苹果兑换券').first().waitFor() // 查看券 opens that coupon
    await shot('records-coupon-320')

    await open('/pages/wallet/index', MEMBER)
    await page.locator('.nut-tabs-titles-item').first().waitFor()
    const tabs = await page.locator('.nut-tabs-titles-item').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))
    const spread = tabs.reduce((a, b) => a + b, 0)
    if (spread < 300) throw new Error(`the wallet tabs span ${spread} px of 320`)
    await shot('wallet-320')

    // The identity switch is a narrow tab on the right edge.
    const tab = await page.locator('.dev-panel__button').boundingBox()
    if (!tab || tab.width > 24 || Math.round(tab.x + tab.width) !== 320) throw new Error(`identity switch: ${JSON.stringify(tab)}`)

    await page.setViewportSize({ width: 375, height: 812 })
    await open('/packages/points/pages/records/index', MEMBER)
    await page.locator('.redemption-row').nth(1).waitFor()
    await shot('records-375')
  },
}
