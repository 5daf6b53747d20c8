import type { Flow, FlowContext } from '../harness'

const ADMIN = 'demo-admin'
const DESKTOP = { width: 1280, height: 900 }

const field = ({ page }: FlowContext, label: string) => page.locator('.admin-field').filter({ has: page.locator('.admin-field__label').getByText(label, { exact: true }) }).locator('input')
const row = ({ page }: FlowContext, text: string) => page.locator('.admin-table__row').filter({ hasText: text })

/**
 * The console's catalog at desktop width: create a product (after the form's Chinese
 * messages), take stock by 调整库存, take it off sale after the confirm; the demo's flash
 * items and its leader are listed.
 */
export const flow: Flow = {
  name: 'admin-catalog',
  async run(ctx) {
    const { page, open, shot } = ctx
    await page.setViewportSize(DESKTOP)
    await open('/packages/admin/pages/console/index?section=products', ADMIN)
    await row(ctx, '阿克苏冰糖心苹果').getByText('库存 200', { exact: false }).waitFor()
    await page.locator('.admin-button--primary', { hasText: '创建' }).click()
    await page.getByText('请填写商品名称（40 字以内）').waitFor()
    await field(ctx, '商品编号').fill('kiwi')
    await field(ctx, '名称').fill('佳沛阳光金果')
    await field(ctx, '单位').fill('6 个装')
    await field(ctx, '规格编号').first().fill('kiwi-6')
    await field(ctx, '规格名称').fill('6 个装')
    await field(ctx, '售价（元）').fill('39.9')
    await field(ctx, '金卡价（元，可不填）').fill('45')
    await page.locator('.admin-button--primary', { hasText: '创建' }).click()
    await page.getByText('金卡价不能高于售价').waitFor()
    await field(ctx, '金卡价（元，可不填）').fill('35.9')
    await shot('product-form')
    await page.locator('.admin-button--primary', { hasText: '创建' }).click()
    await page.locator('.admin-search input').fill('kiwi')
    await row(ctx, '佳沛阳光金果').getByText('库存 100', { exact: false }).waitFor()
    const sellable = await ctx.call('catalog', 'e2e-catalog-visitor', { action: 'product', productId: 'kiwi' })
    if (!sellable.ok) throw new Error(`the new product is not in the catalog: ${JSON.stringify(sellable)}`)

    await field(ctx, '规格编号').last().fill('kiwi-6')
    await field(ctx, '调整数量（+ 增加，- 减少）').fill('-30')
    await page.locator('.admin-button--primary', { hasText: '调整库存' }).click()
    await row(ctx, '佳沛阳光金果').getByText('库存 70', { exact: false }).waitFor()
    await shot('products')

    await row(ctx, '佳沛阳光金果').getByText('下架').click()
    await page.locator('.taro-modal__foot, .taro-modal__footer').getByText('下架').click()
    await row(ctx, '佳沛阳光金果').getByText('已下架').waitFor()
    const offSale = await ctx.call('catalog', 'e2e-catalog-visitor', { action: 'product', productId: 'kiwi' })
    if (offSale.ok) throw new Error('a product taken off sale is still in the catalog')

    await open('/packages/admin/pages/console/index?section=flash', ADMIN)
    await row(ctx, 'apple-5jin').first().getByText('/ 100', { exact: false }).waitFor()
    await shot('flash')
    await open('/packages/admin/pages/console/index?section=leaders', ADMIN)
    await row(ctx, '陈阿姨').getByText('滨江花园 3 号门').waitFor()
    await shot('leaders')
  },
}
