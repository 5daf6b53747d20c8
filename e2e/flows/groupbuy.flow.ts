import type { Flow, FlowContext } from '../harness'

const MEMBER = 'demo-member'
const LEADER = 'demo-leader'
const CHAIN = '/packages/groupbuy/pages/chain/index?id=demo-cherry'

const NEW_TITLE = '阳光玫瑰 周末接龙'
const input = (page: FlowContext['page'], placeholder: string) => page.locator(`input[placeholder="${placeholder}"]`)
const formButton = (page: FlowContext['page'], text: string) => page.locator('.gb-form__bar .nut-button').filter({ hasText: text })

/**
 * Issue 14: the chain link that `npm start` prints. The demo member (银卡) picks 2 boxes of
 * cherries: the join sheet applies membership as checkout does (the best coupon, 8.5 折
 * capped at 10 元, preselected; the points switch; the breakdown), joins and pays
 * (模拟支付), and sees themself in the list as entry 4 (three neighbours are in already);
 * others' names are masked. Then 陈阿姨, the leader, opens the pick list (full names and
 * phones, for pickup) and the plain-text export, and posts a new chain through 发起接龙
 * (the form's Chinese messages first, then a preview); the member finds it from the home
 * page's 社群接龙 card in the open-chains list. Last, the member changes their entry (修改).
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
    await page.getByText('积分抵扣').first().waitFor()
    await page.locator('.price-breakdown').getByText('338', { exact: false }).waitFor()
    await page.locator('.gb-bar').getByText('328', { exact: false }).waitFor()
    await shot('picked')
    await page.locator('.gb-bar .nut-button').click()
    await page.locator('.gb-mine').getByText('第 4 位').waitFor()
    // Their own entry shows the goods (338) and what they paid after coupon and points (328).
    await page.locator('.gb-mine').getByText('实付', { exact: false }).waitFor()
    const paidLine = await page.locator('.gb-mine__text').first().innerText()
    if (!/商品.*338.*实付.*328/s.test(paidLine)) throw new Error(`own entry: ${paidLine}`)
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

    await page.getByText('＋ 发起接龙').click()
    await page.getByText('接龙商品').waitFor()
    await formButton(page, '发布接龙').click()
    await page.locator('.gb-form__error').getByText('请填写接龙标题（30 字以内）').waitFor()
    await page.locator('.gb-form__error').getByText('请至少选择一个商品').waitFor()
    await input(page, '如 智利车厘子 JJ 级').fill(NEW_TITLE)
    await page.locator('.gb-catalog__row').filter({ hasText: '阳光玫瑰葡萄' }).click()
    await page.locator('.gb-catalog__sku').first().click()
    await input(page, '接龙价（元）').fill('29.9')
    await input(page, '库存').fill('30')
    await page.locator('.gb-images__item').nth(3).click() // 阳光玫瑰's picture
    await formButton(page, '预览').click()
    await page.locator('.gb-form__preview').getByText(`【接龙】${NEW_TITLE}`).waitFor()
    await shot('create-preview')
    await formButton(page, '发布接龙').click()
    await page.getByText(`【接龙】${NEW_TITLE}`).waitFor()
    await shot('created')

    await open('/pages/home/index', MEMBER)
    await page.locator('.upcoming__card').filter({ hasText: '社群接龙' }).click()
    await page.locator('.gb-open__item').filter({ hasText: NEW_TITLE }).waitFor()
    await page.locator('.gb-open__item').filter({ hasText: '智利车厘子 JJ 级' }).getByText('距截团', { exact: false }).waitFor()
    await shot('open-chains')

    // 修改 on their own entry: the notice says what happens, then the entry is cancelled
    // (a paid one goes to the store's refund review) and the picker holds its quantities.
    await open(CHAIN, MEMBER)
    await page.locator('.gb-mine').getByText('修改').waitFor()
    await page.locator('.gb-mine').scrollIntoViewIfNeeded()
    await shot('mine-actions')
    await page.locator('.gb-mine .nut-button').filter({ hasText: '修改' }).click()
    await page.getByText('修改会先取消第 4 位', { exact: false }).waitFor()
    await page.locator('.taro-modal__foot, .taro-modal__footer').getByText('修改').click()
    await page.getByText('原接龙已取消，请确认新的份数后参与').waitFor()
    await shot('changed')
  },
}
