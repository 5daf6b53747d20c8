import type { Flow } from '../harness'

/**
 * Issue 14 item 6: the demo member opens a 2-person team of 海南贵妃芒 from the product
 * page (「发起拼团 ¥19.9」), pays (模拟支付) and lands on the team: 还差 1 人, with a
 * countdown. 陈阿姨 opens the shared team, sees the opener masked, joins and pays: the team
 * succeeds, and a full team offers 「该团已满，开一个新团」.
 */
export const flow: Flow = {
  name: 'team-buy',
  async run(ctx) {
    const { page, open, shot } = ctx
    await open('/packages/orders/pages/product/index?id=mango', 'demo-member')
    const entry = page.locator('.gb-team-entry', { hasText: '发起拼团 ¥19.9' })
    await entry.waitFor()
    await shot('product')
    await entry.click()
    await page.getByText('【拼团】海南贵妃芒').waitFor()
    await page.getByText('选择自提门店').waitFor()
    await shot('open')
    await page.locator('.gb-team__bar .nut-button').click()
    await page.getByText('还差', { exact: false }).first().waitFor()
    await page.locator('.gb-team__countdown').waitFor()
    await page.getByText('我的订单：待取货').waitFor()
    await shot('opened')
    const teamId = new URL(page.url().replace('#', '')).searchParams.get('id')
    if (!teamId) throw new Error(`no team id in ${page.url()}`)

    await open(`/packages/groupbuy/pages/team/index?id=${teamId}`, 'demo-leader')
    await page.getByText('小**').waitFor()
    if ((await page.getByText('小鲜').count()) > 0) throw new Error('a member sees another member’s full name')
    await shot('shared')
    await page.locator('.gb-team__bar .nut-button', { hasText: '参团' }).click()
    await page.getByText('拼团成功').first().waitFor()
    await page.getByText('该团已满，开一个新团').waitFor()
    await shot('succeeded')
  },
}
