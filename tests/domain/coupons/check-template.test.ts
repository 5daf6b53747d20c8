import { checkTemplate } from '@/domain/coupons'
import { at, template } from './fixtures'

describe('checkTemplate refuses templates the rules could not honour', () => {
  test.each([
    ['threshold amount above threshold', { kind: 'threshold', thresholdFen: 1000, amountFen: 1001 }],
    ['threshold of zero', { kind: 'threshold', thresholdFen: 0, amountFen: 0 }],
    ['cash in yuan decimals', { kind: 'cash', amountFen: 5.5 }],
    ['negative cash', { kind: 'cash', amountFen: -100 }],
    ['discount rate 0', { kind: 'discount', rate: 0 }],
    ['discount rate 100', { kind: 'discount', rate: 100 }],
    ['discount rate 8.5 (should be 85)', { kind: 'discount', rate: 8.5 }],
    ['discount cap 0', { kind: 'discount', rate: 85, capFen: 0 }],
    ['exchange without sku', { kind: 'exchange', sku: '', name: '' }],
    ['days 0', { validity: { kind: 'days', days: 0 } }],
    ['fixed period backwards', { validity: { kind: 'fixed', from: at('2026-11-02T00:00:00Z'), to: at('2026-11-01T00:00:00Z') } }],
    ['weekday 0', { weekdays: [0] }],
    ['weekday 8', { weekdays: [8] }],
    ['empty weekdays', { weekdays: [] }],
    ['negative stock', { stock: -1 }],
    ['per-member limit 0', { perMemberLimit: 0 }],
    ['empty store list', { storeIds: [] }],
    ['empty tier list', { tiers: [] }],
  ])('%s', (_name, over) => {
    const r = checkTemplate(template(over as never))
    expect(r).toMatchObject({ ok: false, code: 'COUPON.TEMPLATE_INVALID' })
  })

  test.each([
    ['cash', {}],
    ['threshold with amount equal to threshold', { kind: 'threshold', thresholdFen: 1000, amountFen: 1000 }],
    ['discount with cap', { kind: 'discount', rate: 85, capFen: 2000 }],
    ['exchange', { kind: 'exchange', sku: 'latte', name: '拿铁' }],
    ['member day, stock 0', { weekdays: [2], stock: 0 }],
  ])('accepts %s', (_name, over) => expect(checkTemplate(template(over as never)).ok).toBe(true))
})
