import type { Flow } from '../harness'

const MEMBER = 'demo-member'
const LEADER = 'demo-leader'
const CHAIN = '/packages/groupbuy/pages/chain/index?id=demo-cherry'

/**
 * Issue 14: the chain link that `npm start` prints. The demo member picks 2 boxes of
 * cherries, joins and pays (模拟支付), and sees themself in the list as entry 4 (three
 * neighbours are in already); others' names are masked. Then 陈阿姨, the leader, opens
 * the pick list (full names and phones, for pickup) and the plain-text export.
 */
export const flow: Flow = {
  name: 'groupbuy',
  async run(ctx) {
    const { page, open, shot } = ctx
    await open(CHAIN, MEMBER)
    await page.getByText('【接龙】智利车厘子 JJ 级').waitFor()
    await page.getByText('1.', { exact: true }).waitFor()
    await page.getByText('王**').waitFor()
    await shot('chain')

    const cherry = page.locator('.gb-product').first()
    await cherry.getByLabel('增加').click()
    await cherry.getByLabel('增加').click()
    await page.locator('.gb-bar').getByText('338', { exact: false }).waitFor()
    await shot('picked')
    await page.locator('.gb-bar .nut-button').click()
    await page.locator('.gb-mine').getByText('第 4 位').waitFor()
    const mine = page.locator('.gb-entry--mine')
    await mine.getByText('4.').waitFor()
    await mine.getByText('小**').waitFor()
    await mine.getByText('智利车厘子 JJ 级×2').waitFor()
    if ((await page.getByText('王建国').count()) > 0) throw new Error('a member sees another member’s full name')
    await mine.scrollIntoViewIfNeeded()
    await shot('joined')

    await open('/packages/groupbuy/pages/picklist/index?id=demo-cherry', LEADER)
    await page.getByText('备货单 · 滨江花园 3 号门').waitFor()
    await page.getByText('小鲜 13800138000').waitFor()
    await page.getByText('智利车厘子 JJ 级×5', { exact: false }).first().waitFor()
    await shot('picklist')
    const exported = page.locator('.gb-pick__export')
    await exported.scrollIntoViewIfNeeded()
    const text = await exported.innerText()
    if (!text.includes('4. 小**(8000) 智利车厘子 JJ 级×2')) throw new Error(`export: ${text}`)
    await shot('export')

    await open('/packages/groupbuy/pages/leader/index', LEADER)
    await page.getByText('团长 陈阿姨').waitFor()
    await page.getByText('4 人参与', { exact: false }).waitFor()
    await shot('leader-home')
  },
}
