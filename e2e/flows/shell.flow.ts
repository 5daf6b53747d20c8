import type { Flow } from '../harness'

/** Issue 3: open home, switch to every tab, open the member card; screenshots of each. */
export const flow: Flow = {
  name: 'shell',
  async run({ page, open, shot }) {
    await open('/pages/home/index', 'demo-member')
    await page.getByText('首页').last().waitFor()
    await shot('home')
    for (const [tab, name] of [['会员', 'member'], ['券包', 'wallet'], ['我的', 'mine'], ['首页', 'home-again']] as const) {
      await page.locator('.weui-tabbar__label, .taro-tabbar__label').getByText(tab, { exact: true }).click()
      await page.waitForTimeout(300)
      await shot(name)
    }
  },
}
