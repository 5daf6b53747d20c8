import type { Page } from 'playwright-core'
import type { Flow } from '../harness'

const MEMBER = 'demo-member'
/** 徐汇滨江店's 店员小王: the demo brand ships delivery orders from 徐汇滨江店. */
const STAFF = 'demo-staff'
const TRACKING = 'SF1234567890'

/** NutUI buttons: the button element takes the click, not its label. */
const button = (page: Page, text: string) => page.locator('.nut-button:visible', { hasText: text }).first()

/**
 * Delivery: a member's paid delivery order appears in the store's 快递发货 list; staff
 * ship it with SF and a tracking number; the member sees 已发货 with the parcel and
 * confirms receipt (确认收货), and the order is 已完成.
 */
export const flow: Flow = {
  name: 'delivery',
  async run({ page, open, shot, call }) {
    const stamp = Date.now().toString(36)
    const address = { name: '张三', phone: '13800138000', region: '上海市徐汇区', detail: '龙腾大道 2555 号 8 楼' }
    const created = await call('order', MEMBER, { action: 'create', requestId: `e2e-delivery-${stamp}`, lines: [{ skuId: 'apple-5jin', quantity: 1 }], fulfilment: { kind: 'delivery', address }, couponId: null })
    if (!created.ok) throw new Error(`create: ${JSON.stringify(created)}`)
    const orderId = created.data.order.orderId as string
    const paid = await call('order', MEMBER, { action: 'pay.simulate', requestId: `e2e-pay-${stamp}`, orderId })
    if (paid.data?.order?.status !== 'paid') throw new Error(`pay: ${JSON.stringify(paid)}`)

    await open('/packages/staff/pages/ship/index', STAFF)
    const form = page.locator('.ship-form', { hasText: orderId })
    await form.waitFor()
    await shot('to-ship')
    await form.locator('.ship-form__input input').fill(TRACKING)
    await form.locator('.nut-button', { hasText: '确认发货' }).click()
    await page.getByText('暂无待发货订单').waitFor()
    await shot('shipped')

    await open(`/packages/orders/pages/detail/index?id=${orderId}`, MEMBER)
    await page.getByText('顺丰速运').waitFor()
    await page.getByText(TRACKING).waitFor()
    await shot('detail-shipped')
    await button(page, '确认收货').click()
    await page.locator('.taro-modal__foot, .taro-modal__footer').getByText('确认收货').click()
    await page.locator('.order-status--completed').waitFor()
    await shot('detail-completed')
  },
}
