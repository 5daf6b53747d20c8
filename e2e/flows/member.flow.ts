import type { Page } from 'playwright-core'
import type { Flow } from '../harness'
import { scanQr as scanCode } from '../scan-qr'

/** What a phone camera would read from the member code's QR. */
const scanQr = (page: Page) => scanCode(page.locator('.code-sheet__qr'))

/** The 18-digit till code shown under the barcode after 「查看数字」. */
async function shownDigits(page: Page): Promise<string> {
  const digits = page.locator('.code-sheet__digits')
  if ((await digits.textContent())?.includes('查看数字')) await digits.click()
  await page.waitForFunction(() => /^\d{18}$/.test((document.querySelector('.code-sheet__digits')?.textContent ?? '').trim()))
  return ((await digits.textContent()) ?? '').trim()
}

/** NutUI buttons: the button element takes the click, not its label. */
const button = (page: Page, text: string) => page.locator('.nut-button:visible', { hasText: text }).first()

/** Waits until the QR on the page carries another code than `before`. */
async function qrChanges(page: Page, before: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const now = await scanQr(page).catch(() => before)
    if (now !== before) return now
    await page.waitForTimeout(100)
  }
  throw new Error('the QR did not change')
}

/**
 * Issue "Membership": a new visitor scans the Xuhui store's QR code, joins in one tap
 * (with consent), sees the card attributed to that store, and opens a rotating member
 * code that the till accepts. Then the demo member's 银卡.
 */
export const flow: Flow = {
  name: 'member',
  async run({ page, open, shot, call }) {
    await open('/pages/home/index?scene=xh-wang')
    await page.getByText('欢迎光临 徐汇滨江店').waitFor()
    await page.getByText('店员 小王 为你服务').waitFor()
    await shot('join-landing')

    await button(page, '一键成为会员').click()
    await page.getByText('我已阅读并同意').waitFor()
    await button(page, '同意并加入').click()
    await page.getByText('入会成功').waitFor()
    await page.getByText('入会门店：徐汇滨江店').waitFor()
    await page.getByText('入会礼：新人 5 元无门槛券已放入券包').waitFor() // the joining gift of the demo brand
    await shot('join-success')
    await button(page, '查看会员卡').click()

    await page.locator('.card-face').waitFor()
    await page.locator('.taro_page').last().getByText('徐汇滨江店').waitFor()
    await page.getByText('普卡').first().waitFor()
    await shot('card')

    // The member code: a QR drawn as rows of modules, refreshed on tap and every 30 s.
    await page.clock.install()
    await page.locator('.member-card-view__code .nut-button').click()
    await page.locator('.qr-view__row').first().waitFor()
    const rows = await page.locator('.qr-view__row').count()
    if (rows < 21) throw new Error(`QR has ${rows} rows`)
    const firstRow = await page.locator('.qr-view__row').first().evaluate((el) => getComputedStyle(el).backgroundImage)
    if (!firstRow.includes('linear-gradient')) throw new Error(`QR row is not drawn: ${firstRow}`)
    await page.getByText(/\d+ 秒后自动刷新/).waitFor()
    await page.locator('.member-sheet.nut-popup-slide-bottom-enter-done').waitFor() // slid in
    const first = await scanQr(page)
    if (!/^M\./.test(first)) throw new Error(`the QR carries no member code: ${first}`)
    await page.locator('.code-sheet__qr').click()
    const tapped = await qrChanges(page, first)
    // 31 s later on the phone's clock the code renews by itself (the countdown is computed
    // from the time the code arrived, so only the browser clock matters here).
    await page.clock.fastForward(31_000)
    const code = await qrChanges(page, tapped)
    const digits = await shownDigits(page)
    await shot('code')

    // At the till: the QR and the barcode's digits each let staff find the member, once.
    const cardNo = (await page.locator('.card-face__no').textContent())?.replace(/\s/g, '')
    for (const [scanned, requestId] of [[code, 'e2e-verify-qr-1234'], [digits, 'e2e-verify-bar-1234']]) {
      const verified = await call('member', 'demo-staff', { action: 'verifyCode', requestId, code: scanned, purpose: 'lookup' })
      if (!verified?.ok) throw new Error(`till refused ${scanned}: ${JSON.stringify(verified)}`)
      if (verified.data.cardNo !== cardNo) throw new Error(`till found card ${verified.data.cardNo}, page shows ${cardNo}`)
    }

    // The demo member's silver card.
    await open('/pages/member/index', 'demo-member')
    await page.locator('.card-face').getByText('银卡').waitFor()
    await page.getByText('还差 3,720 成长值升级金卡').waitFor()
    await page.getByText('会员日 9 折').waitFor()
    await shot('card-silver')
  },
}
