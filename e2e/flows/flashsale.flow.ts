import { businessDay } from '../../src/domain/time'
import type { Flow, FlowContext } from '../harness'

const MEMBER = 'demo-member'
const APPLE = '阿克苏冰糖心苹果'

/** Today's 10:00 session in Shanghai, shifted by `ms` (the demo seed made today's sessions). */
const aroundTen = (ms: number) => new Date(new Date(`${businessDay(new Date())}T10:00:00+08:00`).getTime() + ms)

async function travel(ctx: FlowContext, at: Date) {
  await ctx.dev('POST', 'clock', { now: at.toISOString(), ticking: true })
  await ctx.page.reload()
}

/**
 * 限时秒杀: the list with session tabs and a countdown on the server's clock; the item page
 * before the start (提醒我), at the start (立即抢购), then 立即支付 (模拟支付) → 抢购成功.
 */
export const flow: Flow = {
  name: 'flashsale',
  async run(ctx) {
    const { page, open, shot } = ctx
    await ctx.dev('POST', 'clock', { now: aroundTen(-20_000).toISOString(), ticking: true })
    await open('/packages/flashsale/pages/index/index', MEMBER)
    await page.locator('.session-tabs').getByText('10:00').first().waitFor()
    await page.locator('.flash-list__bar').getByText('距开抢').waitFor()
    await page.locator('.flash-row').filter({ hasText: APPLE }).first().waitFor()
    await shot('list')

    await page.locator('.flash-row').filter({ hasText: APPLE }).first().click()
    await page.locator('.flash-item').getByText('提醒我', { exact: false }).waitFor()
    await shot('item-upcoming')

    await travel(ctx, aroundTen(1_000))
    await page.locator('.flash-item__bar').getByText('立即抢购').waitFor()
    await page.locator('.flash-item__bar .nut-button').click()
    await page.locator('.pay-panel').getByText('立即支付').waitFor()
    await shot('reserved')
    await page.locator('.pay-panel .nut-button').click()
    await page.locator('.pay-panel').getByText('抢购成功', { exact: false }).waitFor()
    await page.locator('.flash-item').getByText('已抢 1%').waitFor()
    await shot('paid')
    await ctx.dev('DELETE', 'clock')
  },
}
