import { scanQr } from '../scan-qr'
import type { FlowContext, Flow } from '../harness'

const MEMBER = 'demo-member'
const APPLE = '阿克苏冰糖心苹果'
const GRAPE = '阳光玫瑰葡萄'

const button = ({ page }: FlowContext, text: string) => page.locator('.nut-button:visible', { hasText: text }).first()

/** From home: open a product, pick a SKU, add `quantity` to the cart. */
async function addToCart(ctx: FlowContext, name: string, sku: string, shot?: string) {
  const { page } = ctx
  await page.locator('.product-card', { hasText: name }).first().click()
  await page.locator('.product__name', { hasText: name }).waitFor()
  await page.locator('.sku-picker__chip', { hasText: sku }).click()
  await page.locator('.sku-picker__chip--on', { hasText: sku }).waitFor()
  if (shot) await ctx.shot(shot)
  await button(ctx, '加入购物车').click()
  await page.getByText('已加入购物车').first().waitFor()
}

/** The checkout's 实付 once the preview settled, in fen. */
async function payable({ page }: FlowContext): Promise<number> {
  const text = await page.locator('.price-breakdown__line--total .price').innerText()
  return Math.round(Number(text.replace(/[^\d.]/g, '')) * 100)
}

/** The status of the member's coupon titled `title` under 可使用 (available, or locked by an order). */
async function couponStatus(ctx: FlowContext, title: string): Promise<string | undefined> {
  const wallet = await ctx.call('coupon', MEMBER, { action: 'wallet', tab: '可使用' })
  return wallet.data.items.find((c: { title: string }) => c.title === title)?.status
}

/**
 * Orders: home feed → product (SKU, tier price) → cart → checkout with the best coupon and
 * points → 模拟支付 → pay result with the points earned and the new balance → order detail
 * with its pickup code (scanned) → a refund request → a second order left unpaid, cancelled → its coupon is back
 * in the wallet.
 */
export const flow: Flow = {
  name: 'orders',
  async run(ctx) {
    const { page, open, shot, call } = ctx
    const before = (await call('points', MEMBER, { action: 'balance' })).data.balance as number

    await open('/pages/home/index', MEMBER)
    await page.locator('.category-grid__item').first().waitFor()
    await page.locator('.product-card').first().waitFor()
    await shot('home')
    await page.locator('.product-feed').scrollIntoViewIfNeeded()
    await page.mouse.wheel(0, 800)
    await shot('home-feed')

    // A product with a silver member price: 银卡价 beside the struck list price.
    await addToCart(ctx, APPLE, '5斤装', 'product')
    await page.locator('.sku-picker__tier', { hasText: '银卡价' }).waitFor()

    // Cart → checkout.
    await page.locator('.product__cart').click()
    await page.locator('.cart-row', { hasText: APPLE }).waitFor()
    await shot('cart')
    await button(ctx, '去结算').click()

    // Checkout: the best coupon is ticked, then points are switched on.
    await page.locator('.fulfilment__store').first().waitFor()
    await page.locator('.coupon-picker__best').waitFor()
    const withoutPoints = await payable(ctx)
    await page.locator('.points-switch__toggle').click()
    await page.locator('.price-breakdown__line', { hasText: '积分）' }).waitFor()
    await page.waitForFunction(() => !document.querySelector('.checkout__submit.nut-button-disabled'))
    const withPoints = await payable(ctx)
    if (!(withPoints < withoutPoints)) throw new Error(`points took nothing off: ${withoutPoints} → ${withPoints}`)
    await shot('checkout')
    await page.locator('.price-breakdown').scrollIntoViewIfNeeded()
    await shot('checkout-breakdown')

    // 提交订单 → the 模拟支付 sheet → pay.
    await button(ctx, '提交订单').click()
    await page.locator('.mock-pay__title', { hasText: '模拟支付' }).waitFor()
    await page.getByText('模拟重复通知').waitFor()
    await page.getByText('模拟超时后到账').waitFor()
    await shot('pay-sheet')
    await button(ctx, '确认支付').click()

    // Pay result: paid, points earned, the new balance.
    await page.getByText('支付成功').waitFor()
    await page.getByText(/本单获得 \d+ 积分/).waitFor()
    const earned = Number((await page.getByText(/本单获得 \d+ 积分/).innerText()).replace(/\D/g, ''))
    await page.getByText(/当前积分 \d+/).waitFor()
    const shown = Number((await page.getByText(/当前积分 \d+/).innerText()).replace(/\D/g, ''))
    const after = (await call('points', MEMBER, { action: 'balance' })).data.balance as number
    if (shown !== after) throw new Error(`pay result shows ${shown} points, the ledger has ${after}`)
    if (after >= before + earned) throw new Error(`points were not spent: ${before} → ${after} (+${earned})`)
    await shot('pay-result')

    // The order with its pickup code: a QR that scans, and the short number.
    await button(ctx, '查看提货码').click()
    await page.locator('.order-pickup__title', { hasText: '提货码' }).waitFor()
    await page.locator('.order-pickup .qr-view__row').first().waitFor()
    await page.locator('.order-pickup__digits').waitFor()
    const scanned = await scanQr(page.locator('.order-pickup .qr-view'))
    if (!scanned) throw new Error('the pickup QR does not scan')
    await shot('detail')

    // 申请退款 on the paid order: a reason, submit, the order shows 退款中.
    await button(ctx, '申请退款').click()
    await page.locator('.refund__chip', { hasText: '不想要了' }).click()
    await shot('refund')
    await button(ctx, '提交申请').click()
    await page.locator('.order-status__title', { hasText: '退款中' }).waitFor()
    await page.getByText('待审核').waitFor()
    await shot('refunding')

    // A second order, left unpaid (the sheet closed), then cancelled: its coupon comes back.
    await open('/pages/home/index', MEMBER)
    await addToCart(ctx, GRAPE, '两串装')
    await page.locator('.product__cart').click()
    await button(ctx, '去结算').click()
    await page.locator('.coupon-picker__best').waitFor()
    const coupon = (await page.locator('.coupon-picker__row', { has: page.locator('.coupon-picker__best') }).locator('.coupon-picker__name').innerText()).trim()
    await page.waitForFunction(() => !document.querySelector('.checkout__submit.nut-button-disabled'))
    await button(ctx, '提交订单').click()
    await page.locator('.mock-pay__title').waitFor()
    await page.locator('.mock-pay .nut-popup-title-right, .mock-pay .nut-icon-Close, .mock-pay [class*=close]').first().click()
    await page.locator('.order-status__title', { hasText: '待付款' }).waitFor()
    await page.getByText(/剩余 1[45]:\d\d/).waitFor()
    await shot('unpaid')
    if ((await couponStatus(ctx, coupon)) !== 'locked') throw new Error(`${coupon} is not held by the unpaid order`)

    await button(ctx, '取消订单').click()
    await page.locator('.taro-modal__foot, .taro-modal__footer').getByText('取消订单').click()
    await page.locator('.order-status__title', { hasText: '已取消' }).waitFor()
    await shot('cancelled')
    if ((await couponStatus(ctx, coupon)) !== 'available') throw new Error(`${coupon} did not come back on cancel`)

    // The order list's tabs.
    await open('/packages/orders/pages/list/index', MEMBER)
    await page.locator('.order-card').first().waitFor()
    await shot('list')

    await open('/pages/wallet/index', MEMBER)
    await page.locator('.coupon-ticket', { hasText: coupon }).first().waitFor()
    await shot('wallet-coupon-back')
  },
}
