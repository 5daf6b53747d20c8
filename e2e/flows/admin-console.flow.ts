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
 * the dashboard's claim rates.
 */
export const flow: Flow = {
  name: 'admin-console',
  async run(ctx) {
    const { page, open, shot } = ctx
    await page.setViewportSize(DESKTOP)
    await open('/packages/admin/pages/templates/index', ADMIN)
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
    await open('/packages/admin/pages/dashboard/index', ADMIN)
    const row = page.locator('.admin-table__row').filter({ hasText: TITLE })
    await row.getByText('1 / 100').waitFor()
    await row.getByText('1%', { exact: true }).waitFor()
    await shot('dashboard')
  },
}
