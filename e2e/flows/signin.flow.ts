import type { Flow, FlowContext } from '../harness'

const MEMBER = 'demo-member'
/** A fixed Thursday, 10:00 in Shanghai; the history below is made on the days before it. */
const TODAY = '2026-12-17'
const at = (ctx: FlowContext, iso: string) => ctx.dev('POST', 'clock', { now: iso })
const morning = (day: string) => `${day}T02:00:00.000Z`

let seq = 0
const requestId = () => `e2e-signin-${Date.now().toString(36)}-${seq++}`

/**
 * Issue: daily sign-in as the demo member. History: signed 8–10, 13, 15, 16 December
 * (11, 12 and 14 missed). On the 17th: the calendar, the sign-in with its animation, a make-up of
 * the 14th, then the clock moves past midnight and the button is back; the reminder
 * switch and its 20:00 message; a visitor's join prompt.
 */
export const flow: Flow = {
  name: 'signin',
  async run(ctx) {
    const { page, open, shot } = ctx
    for (const day of ['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-13', '2026-12-15', '2026-12-16']) {
      await at(ctx, morning(day))
      const reply = await ctx.call('signin', MEMBER, { action: 'checkin', requestId: requestId() })
      if (!reply.ok) throw new Error(`history check-in on ${day}: ${reply.code}`)
    }
    await at(ctx, morning(TODAY))

    await open('/packages/signin/pages/index/index', MEMBER)
    await page.getByText('已连续签到 2 天，今天签到可得 10 积分').waitFor()
    await page.getByText('2026年12月').waitFor()
    await shot('calendar')

    const button = page.locator('.checkin-button')
    await button.click()
    await page.locator('.reward-burst').getByText('+10 积分').waitFor()
    await page.waitForTimeout(350) // mid-flight: the points are up in the air
    await shot('checkin-animation')
    await page.getByText('已连续签到 3 天，明天签到可得 10 积分').waitFor()
    await page.locator('.reward-burst').waitFor({ state: 'detached' })
    if ((await button.getAttribute('aria-disabled')) !== 'true') throw new Error('the button is still enabled after signing in')
    await button.getByText('已签到').waitFor()
    await shot('done')

    await page.locator('.calendar-cell[data-day="2026-12-14"]').click()
    await page.getByText('消耗 20 积分补签 12月14日？').waitFor()
    await page.getByText('本月还可补签 2 次', { exact: false }).first().waitFor()
    await shot('makeup-confirm')
    await page.locator('.nut-dialog-footer-ok').click()
    await page.locator('.calendar-cell--makeup[data-day="2026-12-14"]').waitFor()
    await page.getByText('已连续签到 5 天，明天签到可得 15 积分').waitFor()
    await page.getByText('本月还可补签 1 次', { exact: false }).waitFor()
    await shot('makeup')

    // 00:30 on the 18th in Shanghai: a new business day.
    await at(ctx, '2026-12-17T16:30:00.000Z')
    await page.reload()
    await page.getByText('已连续签到 5 天，今天签到可得 15 积分').waitFor()
    await button.getByText('签到', { exact: true }).waitFor()
    if ((await button.getAttribute('aria-disabled')) === 'true') throw new Error('the button is not enabled on the next day')
    await shot('next-day')

    // The reminder: on, then the 20:00 timer puts one message for the member in the outbox.
    await page.locator('.reminder-row .nut-switch').click()
    await page.locator('.reminder-row .nut-switch-button-open').waitFor()
    await page.getByText('已开启签到提醒').waitFor()
    await page.locator('.signin-rules').scrollIntoViewIfNeeded()
    await shot('reminder')
    await at(ctx, '2026-12-18T12:00:00.000Z')
    await ctx.dev('POST', 'trigger/signin/remind')
    const { messages } = (await ctx.dev('GET', 'outbox')) as { messages: { touser: string; data: Record<string, { value: string }> }[] }
    const mine = messages.filter((m) => m.touser === MEMBER)
    if (mine.length !== 1 || !mine[0].data.thing2.value.includes('连签 5 天')) throw new Error(`reminder outbox: ${JSON.stringify(mine)}`)

    // A visitor is invited to join first.
    await open('/packages/signin/pages/index/index')
    await page.getByText('加入会员，每天签到领积分').waitFor()
    await shot('join')
  },
}
