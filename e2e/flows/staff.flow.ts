import type { Page } from 'playwright-core'
import type { Flow } from '../harness'

/** NutUI buttons: the button element takes the click, not its label. */
const button = (page: Page, text: string) => page.locator('.nut-button:visible', { hasText: text }).first()

/** Types into a Taro <Input> (a custom element around a native input). */
const typeInto = (page: Page, selector: string, text: string) => page.locator(`${selector} input`).fill(text)

/** The 18-digit till code under the barcode of the member's code sheet, after 「查看数字」. */
async function tillCodeOnCard(page: Page): Promise<string> {
  await page.locator('.member-card-view__code .nut-button').click()
  const digits = page.locator('.code-sheet__digits')
  await digits.waitFor()
  await digits.click()
  await page.waitForFunction(() => /^\d{18}$/.test((document.querySelector('.code-sheet__digits')?.textContent ?? '').trim()))
  return ((await digits.textContent()) ?? '').trim()
}

const grid = (page: Page, title: string) => page.locator('.tally-grid').filter({ has: page.locator('.tally-grid__title', { hasText: new RegExp(`^${title}$`) }) })

/**
 * Issue 12: an admin makes an invite; a new user opens it and becomes 店员; they type the
 * code shown on a member's card, award points, and the member's balance changes; then they
 * verify a points-mall gift's pickup code and an order's, and their numbers count them all.
 */
export const flow: Flow = {
  name: 'staff',
  async run({ page, open, shot, call }) {
    const stamp = Date.now().toString(36)
    const shopper = `e2e-shopper-${stamp}`
    const newStaff = `e2e-staff-${stamp}`

    // The admin (店长老周, 总部管理员) makes an invite in the workspace.
    await open('/packages/staff/pages/invite/index', 'demo-admin')
    await button(page, '生成邀请码').click()
    const code = ((await page.locator('.invite__code').textContent()) ?? '').trim()
    if (!/^[A-Za-z0-9]{20}$/.test(code)) throw new Error(`invite code looks wrong: "${code}"`)
    await page.locator('.invite__qr .qr-view__row').first().waitFor()
    await shot('invite')

    // The new user opens it and becomes 店员 of 徐汇滨江店.
    await open(`/packages/staff/pages/join/index?invite=${code}`, newStaff)
    await typeInto(page, '.staff-join__name', '小新')
    await button(page, '确认加入').click()
    await page.getByText('你已成为徐汇滨江店的店员').waitFor()
    await shot('joined')

    // A member shows their card; staff type the code shown on it.
    const joined = await call('member', shopper, { action: 'join', requestId: `e2e-join-${stamp}`, consent: true, privacyVersion: '2026.1' })
    if (!joined.ok) throw new Error(`join failed: ${JSON.stringify(joined)}`)
    await open('/pages/mine/index', shopper)
    await page.getByText('个人资料').waitFor()
    if (await page.locator('.staff-entry').count()) throw new Error('a member who is not staff sees the workspace entry')
    await open('/pages/member/index', shopper)
    const tillCode = await tillCodeOnCard(page)
    await shot('member-code')

    // The way in: 我的 → 门店工作台, shown to staff only.
    await open('/pages/mine/index', newStaff)
    await page.locator('.staff-entry').getByText('徐汇滨江店 · 店员').waitFor()
    await shot('mine-entry')
    await page.locator('.staff-entry').click()
    await page.getByText('小新 · 店员').waitFor()
    await typeInto(page, '.scan-box__input', tillCode)
    await button(page, '确定').click()
    await page.locator('.member-panel__balance', { hasText: /^0$/ }).waitFor()
    await shot('member')
    await typeInto(page, '.award-form__amount', '880')
    await typeInto(page, '.award-form__receipt', `R${stamp}`)
    await button(page, '确认积分').click()
    const banner = page.locator('.result-banner--done .result-banner__text')
    await banner.waitFor()
    const awarded = Number(/^已积 (\d+) 分/.exec((await banner.textContent()) ?? '')?.[1])
    if (!(awarded >= 880)) throw new Error(`award banner: ${await banner.textContent()}`)
    await page.locator('.member-panel__balance', { hasText: new RegExp(`^${awarded}$`) }).waitFor()
    await page.getByText('会员码已使用').waitFor()
    await shot('awarded')

    // The member's balance changed, on their own points page.
    await open('/packages/points/pages/index/index', shopper)
    await page.locator('.balance-hero__amount').getByText(awarded.toLocaleString('en-US'), { exact: true }).waitFor()
    await shot('member-balance')

    // The member exchanges points for a gift; staff verify its pickup code.
    const redeemed = await call('points', shopper, { action: 'mall.redeem', requestId: `e2e-mall-${stamp}`, itemId: 'mall-bag' })
    const pickupCode = redeemed.data?.redemption?.pickupCode
    if (!pickupCode) throw new Error(`mall redeem failed: ${JSON.stringify(redeemed)}`)
    await open('/packages/staff/pages/index/index', newStaff)
    await page.getByText('小新 · 店员').waitFor()
    await typeInto(page, '.scan-box__input', pickupCode)
    await button(page, '确定').click()
    await page.locator('.result-banner--done').getByText('已核销 · 鲜果环保购物袋').waitFor()
    await shot('pickup')
    // A second verification of the same code is refused.
    await typeInto(page, '.scan-box__input', pickupCode)
    await button(page, '确定').click()
    await page.locator('.result-banner--refused').getByText('该提货码已核销').waitFor()

    // An order for pickup at this store, paid: staff type its 6-digit pickup code (order function).
    const created = await call('order', shopper, { action: 'create', requestId: `e2e-order-${stamp}`, lines: [{ skuId: 'apple-500g', quantity: 1 }], fulfilment: { kind: 'pickup', storeId: 'store-xuhui' }, couponId: null })
    const orderId = created.data?.order?.orderId
    if (!orderId) throw new Error(`order create failed: ${JSON.stringify(created)}`)
    const paid = await call('order', shopper, { action: 'pay.simulate', requestId: `e2e-pay-${stamp}`, orderId })
    if (!paid.ok) throw new Error(`order pay failed: ${JSON.stringify(paid)}`)
    const orderCode = await call('order', shopper, { action: 'pickup.code', orderId })
    await typeInto(page, '.scan-box__input', orderCode.data.shortCode)
    await button(page, '确定').click()
    await page.locator('.result-banner--done').getByText('已提货 · 1 件商品').waitFor()
    await shot('order-pickup')

    // The numbers count the award and both pickups.
    await button(page, '数据').click()
    const today = grid(page, '今日')
    await today.locator('.tally-grid__cell--points .tally-grid__value', { hasText: new RegExp(`^${awarded}$`) }).waitFor()
    await today.locator('.tally-grid__cell--pickups .tally-grid__value', { hasText: /^2$/ }).waitFor()
    await shot('numbers')

    // The admin sees the store, per staff member, and the award that may still be reversed.
    await open('/packages/staff/pages/numbers/index', 'demo-admin')
    await page.locator('.team-list .list-card__name', { hasText: '小新 · 店员' }).waitFor()
    await page.locator('.award-list .list-card__name', { hasText: `${awarded} 分` }).first().waitFor()
    await shot('store-numbers')
  },
}
