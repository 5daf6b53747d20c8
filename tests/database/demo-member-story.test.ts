/**
 * The demo member's past is made by the real actions (database/seed/demo-member-story.ts),
 * so every screen agrees: the history sums to the balance, each sign-in has its own entry,
 * the mall redemption has its 兑换记录, the coupons used at the till are used.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { seedDemo, DEMO } from '../../database/seed/demo'
import { act } from '../support/orders'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedDemo(t.db, new Date())
})
afterAll(() => t.close())

test('the history tells one story and sums to the balance', async () => {
  const { data: history } = await act(t, 'points', DEMO.member, 'history', { filter: 'all', limit: 50 })
  const items = history.items as { code: string; amount: number; detail?: string; balanceAfter: number }[]
  const { data: balance } = await act(t, 'points', DEMO.member, 'balance')
  expect(balance.balance).toBe(1215)
  expect(items.reduce((sum, i) => sum + i.amount, 0)).toBe(1215)
  expect(items[0].balanceAfter).toBe(1215)
  expect(items.filter((i) => i.code === 'earn.signin').map((i) => i.amount)).toEqual([10, 10, 5, 5, 5]) // newest first
  expect(items.filter((i) => i.code === 'earn.till').map((i) => [i.amount, i.detail])).toEqual([
    [352, '徐汇滨江店 · 小票 XH0003'],
    [1093, '徐汇滨江店 · 小票 XH0002'],
    [35, '徐汇滨江店 · 小票 XH0001'],
  ])
  expect(items.filter((i) => i.code === 'spend.mall').map((i) => [i.amount, i.detail])).toEqual([[-300, '苹果兑换券']])
})

test('the card, the wallet, 兑换记录 and the calendar agree with it', async () => {
  const { data: card } = await act(t, 'member', DEMO.member, 'card')
  expect(card).toMatchObject({ tier: { code: 'silver' }, growth: 1280, points: 1215 })
  const records = (await act(t, 'points', DEMO.member, 'mall.records')).data.items
  expect(records).toEqual([expect.objectContaining({ title: '苹果兑换券', status: '可使用' })])
  const usable = (await act(t, 'coupon', DEMO.member, 'wallet', { tab: '可使用' })).data.items.map((c: { templateId: string }) => c.templateId)
  expect(usable.sort()).toEqual(['center-85', 'mall-apple', 'new-member-5'])
  const used = (await act(t, 'coupon', DEMO.member, 'wallet', { tab: '已使用' })).data.items.map((c: { templateId: string }) => c.templateId)
  expect(used).toEqual(['member-day-30-5'])
  const { data: signin } = await act(t, 'signin', DEMO.member, 'status')
  expect(signin.streak).toBe(4)
})
