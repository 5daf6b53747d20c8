import type { Flow, FlowContext } from '../harness'

const ADMIN = 'demo-admin'
/** A member of its own, so the other flows' demo member keeps the wallet they expect. */
const MEMBER = 'e2e-console-member'
const TITLE = '控制台满 20 减 3'
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 375, height: 812 }

const field = ({ page }: FlowContext, label: string) => page.locator('.admin-field').filter({ hasText: label }).locator('input')

/**
 * The merchant console at desktop width: create a coupon template (after the form's
 * Chinese messages), see it in the member's 领券中心, claim it, and see the claim in
 * the dashboard's claim rates and charts; then a campaign made through its form, on the
 * calendar list and in the audit log.
 */
export const flow: Flow = {
  name: 'admin-console',
  async run(ctx) {
    const { page, open, shot } = ctx
    await page.setViewportSize(DESKTOP)
    await open('/packages/admin/pages/console/index?section=templates', ADMIN)
    await page.locator('.admin-table__row').filter({ hasText: '全场 8.5 折' }).waitFor()
    await page.locator('.admin-button--primary').click()
    await page.getByText('请填写券名称（30 字以内）').waitFor()
    await field(ctx, '编号').fill('console-20-3')
    await field(ctx, '名称').fill(TITLE)
    await field(ctx, '门槛（元）').fill('20')
    await field(ctx, '金额（元）').fill('3')
    await shot('template-form')
    await page.locator('.admin-button--primary').click()
    await page.locator('.admin-search input').fill('控制台')
    await page.locator('.admin-table__row').filter({ hasText: TITLE }).getByText('100 / 100').waitFor()
    await shot('templates')

    await page.setViewportSize(PHONE)
    await ctx.call('member', MEMBER, { action: 'join', requestId: 'e2e-console-join-1', consent: true, privacyVersion: '2026.1' })
    await open('/packages/coupons/pages/center/index', MEMBER)
    const ticket = page.locator('.coupon-ticket').filter({ hasText: TITLE }).first()
    await ticket.locator('.nut-button', { hasText: '领取' }).click()
    await ticket.locator('.nut-button', { hasText: '去使用' }).waitFor()
    await shot('claimed')

    await page.setViewportSize(DESKTOP)
    await open('/packages/admin/pages/console/index?section=dashboard', ADMIN)
    const row = page.locator('.admin-table__row').filter({ hasText: TITLE })
    await row.getByText('1 / 100').waitFor()
    await row.getByText('1%', { exact: true }).waitFor()
    // The charts are drawn (uCharts on the canvas), not just laid out: some pixels are not white.
    await page.locator('.admin-chart canvas').first().waitFor()
    // A string, not a function: the runner's transpiler would wrap inner functions in a helper the page lacks.
    await page.waitForFunction(`(() => {
      const canvases = [...document.querySelectorAll('.admin-chart canvas')]
      const drawn = (c) => {
        const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height)
        for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) return true
        return false
      }
      return canvases.length >= 5 && canvases.every((c) => c.width > 0 && drawn(c))
    })()`)
    await page.getByText('积分发放与兑换').waitFor()
    await page.getByText('优惠券领取率与核销率').waitFor()
    await shot('dashboard')

    // 活动: a 11.11 campaign through the form (Chinese messages first), on the calendar list, then in the audit log.
    await page.locator('.admin-nav__item', { hasText: '活动' }).click()
    await page.locator('.admin-card__title', { hasText: '新建活动' }).waitFor()
    await page.locator('#campaign-submit').click()
    await page.getByText('编号为 1–64 位字母、数字、- 或 _').waitFor()
    await page.locator('#campaign-id input').fill('e2e-double-11')
    await page.locator('#campaign-name input').fill('双十一双倍积分')
    await page.locator('.admin-kinds__item', { hasText: '指定日期' }).click()
    await page.locator('#campaign-datesFrom input').fill('2026-11-11')
    await page.locator('#campaign-datesTo input').fill('2026-11-11')
    await page.locator('#campaign-multiplier input').fill('2')
    await shot('campaign-form')
    await page.locator('#campaign-submit').click()
    const campaign = page.locator('.admin-table__row').filter({ hasText: '双十一双倍积分' })
    await campaign.getByText('2026-11-11').waitFor()
    await campaign.getByText('积分 2 倍').waitFor()
    await shot('campaigns')
    // 拼团: the demo's offers were listed through the console (the seed calls teamOffer.create).
    await page.locator('.admin-nav__item', { hasText: '拼团' }).click()
    const grape = page.locator('.admin-table__row').filter({ hasText: 'team-grape' })
    await grape.getByText('3 人').waitFor()
    await grape.getByText('24 小时').waitFor()
    await page.locator('.admin-card__title', { hasText: '新建拼团' }).waitFor()
    await shot('team-offers')
    await page.locator('.admin-nav__item', { hasText: '操作记录' }).click()
    await page.locator('.admin-table__row').filter({ hasText: 'e2e-double-11' }).getByText('新建 活动').waitFor()
    await shot('audit')
  },
}
