import type { Flow, FlowContext } from '../harness'

const MEMBER = 'e2e-makeup-member'
const at = (ctx: FlowContext, iso: string) => ctx.dev('POST', 'clock', { now: iso })
const morning = (day: string) => `${day}T02:00:00.000Z`
let seq = 0
const requestId = () => `e2e-makeup-${Date.now().toString(36)}-${seq++}`

/**
 * Issue 16 item 2, the make-up trap: a member with a streak of 6 (tomorrow is day 7: 50 积分
 * and a coupon) who makes up an older gap would restore a streak of 9 and skip day 7. The
 * confirm dialog says so before any points are spent; only the days that can be made up
 * are marked.
 */
export const flow: Flow = {
  name: 'signin-makeup',
  async run(ctx) {
    const { page, open, shot } = ctx
    await at(ctx, morning('2026-12-08'))
    const joined = await ctx.call('member', MEMBER, { action: 'join', requestId: requestId(), consent: true, privacyVersion: '2026.1' })
    if (!joined.ok) throw new Error(`join: ${joined.code}`)
    // Signed 9, 10, then 12–17 (today): the 8th and 11th missed.
    for (const day of ['2026-12-09', '2026-12-10', '2026-12-12', '2026-12-13', '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17']) {
      await at(ctx, morning(day))
      const reply = await ctx.call('signin', MEMBER, { action: 'checkin', requestId: requestId() })
      if (!reply.ok) throw new Error(`check-in on ${day}: ${reply.code}`)
    }

    await open('/packages/signin/pages/index/index', MEMBER)
    await page.getByText('已连续签到 6 天，明天签到可得 50 积分和 1 张优惠券').waitFor()
    // Two make-ups left, two missed days: both marked, nothing else.
    const marked = await page.locator('.calendar-cell--can-makeup').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-day')))
    if (marked.join() !== '2026-12-08,2026-12-11') throw new Error(`marked for make-up: ${marked.join()}`)

    await page.locator('.calendar-cell[data-day="2026-12-11"]').click()
    await page.getByText('消耗 20 积分补签 12月11日？').waitFor()
    await page.getByText('补签后连签 9 天').waitFor()
    await page.getByText('明天签到可得：50 积分和 1 张优惠券 → 10 积分').waitFor()
    await page.getByText('补签后明天的签到奖励会变少').waitFor()
    await shot('trap-warning')
    await page.locator('.nut-dialog-footer-cancel').click()
    await page.getByText('补签后连签 9 天').waitFor({ state: 'detached' })
    await page.getByText('已连续签到 6 天，明天签到可得 50 积分和 1 张优惠券').waitFor()
  },
}
