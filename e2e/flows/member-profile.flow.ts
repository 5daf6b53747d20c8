import type { Page } from 'playwright-core'
import type { Flow } from '../harness'

const button = (page: Page, text: string) => page.locator('.nut-button:visible', { hasText: text }).first()

/**
 * The rest of the member experience: a bad QR scene is an ordinary home page, a visitor's
 * 会员 tab invites to join, the profile (avatar, nickname, phone, birthday once) and 我的.
 */
export const flow: Flow = {
  name: 'member-profile',
  async run({ page, open, shot }) {
    // A damaged scene: the home page as usual, no banner, no error toast.
    const visited = page.waitForResponse((r) => r.url().includes('/cloud/member'))
    await open('/pages/home/index?scene=%E0%A4%A')
    await visited
    await page.getByText('每日签到').first().waitFor()
    if (await page.locator('.store-welcome').count()) throw new Error('a bad scene shows a welcome')
    if (await page.locator('.taro__toast, .weui-toast').filter({ hasText: /./ }).isVisible().catch(() => false)) throw new Error('a bad scene shows a toast')

    await open('/pages/member/index')
    await page.getByText('加入会员，积分当钱花').waitFor()
    await shot('guest')

    // A visitor scans the Jing'an store's code, looks around, and joins later from the 会员
    // tab: the join is still attributed to that store.
    const openid = `visitor-e2e-profile-${Date.now().toString(36)}`
    await open('/pages/home/index?scene=ja-li', openid)
    await page.getByText('欢迎光临 静安寺店').waitFor()
    await page.locator('.weui-tabbar__label, .taro-tabbar__label').getByText('会员', { exact: true }).click()
    await button(page, '一键成为会员').click()
    await button(page, '同意并加入').click()
    await page.getByText('入会门店：静安寺店').waitFor()

    // A member on the same store QR is welcomed, without the join offer.
    await open('/pages/home/index?scene=xh-wang', 'demo-member')
    await page.getByText('出示会员码，积分自动累计').waitFor()
    await shot('landing-member')

    // The new member fills in the profile.
    await open('/packages/member/pages/profile/index', openid)
    await page.getByText('设置生日，领生日礼').waitFor()

    await page.locator('.avatar-picker').first().click()
    await page.locator('.avatar-picker__preset').nth(1).click()
    await page.waitForFunction(() => !!document.querySelector('.member-avatar img[src*="avatar-2"]'))

    const nickname = page.locator('.nickname-field input')
    await nickname.fill('橙子')
    await nickname.blur()
    await page.getByText('已保存').first().waitFor()

    await button(page, '授权绑定').click()
    await page.getByText(/^138\*{4}\d{4}$/).waitFor()

    await page.getByText('设置生日，领生日礼').click()
    await page.getByText('确定', { exact: true }).last().click()
    await page.getByText(/生日设置后不可自行修改/).waitFor()
    await page.getByText('确认', { exact: true }).last().click()
    await page.getByText('如需修改请联系门店店员').waitFor()
    await page.getByText('已保存').first().waitFor({ state: 'hidden' })
    await shot('profile')

    await open('/pages/mine/index', openid)
    await page.locator('.mine-header').getByText('橙子').waitFor()
    await page.locator('.mine-header').getByText('普卡').waitFor()
    await shot('mine')

    await open('/pages/member/index', openid)
    await page.locator('.card-face').getByText('橙子').waitFor()
    await page.getByText('静安寺店').waitFor()
  },
}
