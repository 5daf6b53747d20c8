import { refundStatusOf } from '../../cloudfunctions/_shared/payment/refund-status'

describe('a refund’s state in cloudPay.queryRefund’s reply', () => {
  test.each([
    ['found by its out_refund_no among the trade’s refunds', { outRefundNoList: ['R1-1', 'R1-2'], refundStatusList: ['SUCCESS', 'PROCESSING'] }, 'R1-2', 'PROCESSING'],
    ['the first of two', { outRefundNoList: ['R1-1', 'R1-2'], refundStatusList: ['SUCCESS', 'PROCESSING'] }, 'R1-1', 'SUCCESS'],
    ['another refund of the trade only: unknown, not someone else’s SUCCESS', { outRefundNoList: ['R1-1'], refundStatusList: ['SUCCESS'] }, 'R1-9', undefined],
    ['empty lists (as reported when queried by out_refund_no): the indexed v2 field', { outRefundNoList: [], refundStatusList: [], refundStatus_0: 'REFUNDCLOSE' }, 'R1-1', 'REFUNDCLOSE'],
    ['nothing at all', { refundCount: 1 }, 'R1-1', undefined],
  ])('%s', (_name, reply, no, status) => {
    expect(refundStatusOf(reply, no)).toBe(status)
  })
})
