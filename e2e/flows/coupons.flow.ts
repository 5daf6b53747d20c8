import { scanQr } from '../scan-qr'
import type { Flow, FlowContext } from '../harness'

const MEMBER = 'demo-member'
const HELD = '全场 8.5 折'
const TO_CLAIM = '鲜果满 50 减 10'
const WALLET = '/pages/wallet/index'

const ticket = ({ page }: FlowContext, title: string) => page.locator('.coupon-ticket').filter({ hasText: title }).first()
const walletTab = ({ page }: FlowContext, tab: string) => page.locator('.nut-tabs-titles-item').filter({ hasText: tab }).first()

/** Moves the server clock (ticking from there) and reloads the page to see what it shows. */
async function travel(ctx: FlowContext, at: Date) {
  await ctx.dev('POST', 'clock', { now: at.toISOString(), ticking: true })
  await ctx.page.reload()
}

async function expectText(ctx: FlowContext, title: string, text: string) {
  await ticket(ctx, title).getByText(text, { exact: true }).waitFor()
}

/**
 * Coupons: claim in 领券中心, see it in 券包, watch an expiry badge and the expiry itself
 * by moving the dev clock, and open a coupon's detail with its in-store code; staff
 * redeem it by typing the digits under the QR.
 */
export const flow: Flow = {
  name: 'coupons',
  async run(ctx) {
    const { page, open, shot } = ctx
    await open('/packages/coupons/pages/center/index', MEMBER)
    await ticket(ctx, TO_CLAIM).getByText('已抢 0%').waitFor()
    await expectText(ctx, HELD, '去使用')
    await shot('center')

    await ticket(ctx, TO_CLAIM).locator('.nut-button', { hasText: '领取' }).click()
    await expectText(ctx, TO_CLAIM, '去使用')
    await ticket(ctx, TO_CLAIM).getByText('已抢 10%').waitFor()

    // 去使用 → the 券包 tab, where the new coupon sits under 可使用.
    await ticket(ctx, TO_CLAIM).locator('.nut-button', { hasText: '去使用' }).click()
    await page.locator('.wallet').getByText(TO_CLAIM).waitFor()
    await walletTab(ctx, '可使用(4)').waitFor() // with the held 8.5 折, 新人 5 元 and 苹果兑换券
    await expectText(ctx, HELD, '2天后过期')
    await shot('wallet')

    // The held 8.5 折 coupon ends the day after tomorrow, 23:59:59.999 Shanghai.
    const wallet = await ctx.call('coupon', MEMBER, { action: 'wallet', tab: '可使用' })
    const validTo = new Date(wallet.data.items.find((c: { title: string }) => c.title === HELD).validTo)
    await travel(ctx, new Date(validTo.getTime() - 12 * 3600_000))
    await expectText(ctx, HELD, '今天过期')
    await shot('wallet-badge')

    await travel(ctx, new Date(validTo.getTime() + 3600_000))
    await walletTab(ctx, '已过期(1)').click()
    await page.locator('.coupon-ticket--muted').filter({ hasText: HELD }).getByText('已过期').waitFor()
    await shot('wallet-expired')

    // The claimed in-store coupon: its detail, the rotating code and the rules.
    await walletTab(ctx, '可使用').click()
    await ticket(ctx, TO_CLAIM).click()
    await page.getByText('门店核销码').waitFor()
    await page.locator('.qr-view__row').first().waitFor()
    const scanned = await scanQr(page.locator('.qr-view'))
    if (!/^C\./.test(scanned)) throw new Error(`the in-store QR carries no coupon code: ${scanned}`)
    await page.getByText(/\d+ 秒后失效/).waitFor()
    await page.getByText('使用规则').waitFor()
    // Under the QR, its 20 digits for a till that cannot scan, in groups of four.
    await page.getByText('无法扫码时，请店员输入券码').waitFor()
    const digits = ((await page.locator('.store-code__digits-text').innerText()) ?? '').trim()
    if (!/^\d{4}( \d{4}){4}$/.test(digits)) throw new Error(`the numeric coupon code reads "${digits}"`)
    await shot('detail')

    // 立即使用 → products in scope with the checkout preview.
    await page.locator('.coupon-detail__bar .nut-button').click()
    await page.getByText('凑单预览', { exact: false }).waitFor()
    await page.locator('.coupon-picker__best').waitFor()
    await shot('products')
    await page.locator('.coupon-picker__sum').scrollIntoViewIfNeeded()
    await shot('products-preview')

    // At a till that cannot scan, 店员小王 types the digits: the coupon is redeemed once.
    await open('/packages/staff/pages/index/index', 'demo-staff')
    await page.locator('.scan-box__input input').fill(digits)
    await page.locator('.scan-box__go').click()
    await page.locator('.result-banner--done').getByText(`已核销 · ${TO_CLAIM}`).waitFor()
    await shot('till-digits')
    await page.locator('.scan-box__input input').fill(digits)
    await page.locator('.scan-box__go').click()
    await page.locator('.result-banner--refused').waitFor()
    const used = await ctx.call('coupon', MEMBER, { action: 'wallet', tab: '已使用' })
    if (!used.data.items.some((c: { title: string }) => c.title === TO_CLAIM)) throw new Error('the coupon typed at the till is not used')

    // A visitor claiming is told to join first, with a way to the 会员 tab.
    await open('/packages/coupons/pages/center/index')
    await ticket(ctx, TO_CLAIM).locator('.nut-button', { hasText: '领取' }).click()
    await page.getByText('请先加入会员').first().waitFor()
    await page.getByText('去入会 ›').waitFor()
    await shot('center-join')
    await open(WALLET)
    await page.locator('.wallet').getByText('去加入会员').waitFor()
    await shot('wallet-visitor')
  },
}
