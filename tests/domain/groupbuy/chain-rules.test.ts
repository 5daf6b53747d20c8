import { checkJoinable, checkJoinLines, commissionFen, effectiveStatus, maskName, nextChainStatus, shareTitle, sharePath, formatFen } from '@/domain/groupbuy'

const deadline = new Date('2027-01-01T16:00:00.000Z') // 2027-01-02 00:00 Shanghai
const at = (iso: string) => new Date(iso)

describe('the deadline holds to the millisecond', () => {
  test.each([
    ['2027-01-01T15:59:59.999Z', 'open', true],
    ['2027-01-01T16:00:00.000Z', 'closed', false],
    ['2027-01-01T16:00:00.001Z', 'closed', false],
  ])('at %s an open chain is %s', (now, status, joinable) => {
    const chain = { status: 'open' as const, deadline }
    expect(effectiveStatus(chain, at(now))).toBe(status)
    expect(checkJoinable(chain, at(now)).ok).toBe(joinable)
  })

  test.each([
    ['draft', 'GROUPBUY.NOT_OPEN'],
    ['closed', 'GROUPBUY.CLOSED'],
    ['fulfilling', 'GROUPBUY.CLOSED'],
    ['done', 'GROUPBUY.CLOSED'],
  ] as const)('a %s chain refuses joins with %s', (status, code) => {
    expect(checkJoinable({ status, deadline }, at('2026-12-01T00:00:00Z'))).toMatchObject({ ok: false, code })
  })
})

describe('states', () => {
  test.each([
    ['draft', 'open', 'open'],
    ['open', 'close', 'closed'],
    ['closed', 'fulfil', 'fulfilling'],
    ['fulfilling', 'finish', 'done'],
  ] as const)('%s --%s--> %s', (from, event, to) => expect(nextChainStatus(from, event)).toEqual({ ok: true, value: to }))

  test.each([
    ['draft', 'close'],
    ['closed', 'close'],
    ['open', 'fulfil'],
    ['done', 'open'],
  ] as const)('%s cannot %s', (from, event) => expect(nextChainStatus(from, event)).toMatchObject({ ok: false, code: 'GROUPBUY.BAD_STATE' }))
})

describe('join lines', () => {
  const products = [
    { key: '0', skuId: 'a', name: '车厘子', chainPriceFen: 19900 },
    { key: '1', skuId: 'b', name: '芒果', chainPriceFen: 4590 },
  ]
  test('prices each line at the chain price', () => {
    expect(checkJoinLines(products, [{ key: '0', quantity: 2 }, { key: '1', quantity: 1 }], 5)).toMatchObject({ ok: true, value: { totalFen: 44390 } })
  })
  test.each([
    [[], 0, 'GROUPBUY.INVALID_QUANTITY'],
    [[{ key: '0', quantity: 0 }], 0, 'GROUPBUY.INVALID_QUANTITY'],
    [[{ key: '0', quantity: -1 }], 0, 'GROUPBUY.INVALID_QUANTITY'],
    [[{ key: '0', quantity: 1.5 }], 0, 'GROUPBUY.INVALID_QUANTITY'],
    [[{ key: '0', quantity: 1 }, { key: '0', quantity: 1 }], 0, 'GROUPBUY.INVALID_QUANTITY'],
    [[{ key: '9', quantity: 1 }], 0, 'GROUPBUY.PRODUCT_NOT_FOUND'],
    [[{ key: '0', quantity: 6 }], 0, 'GROUPBUY.OVER_LIMIT'],
    [[{ key: '0', quantity: 1_000_000 }], 0, 'GROUPBUY.OVER_LIMIT'],
    [[{ key: '0', quantity: 2 }], 4, 'GROUPBUY.OVER_LIMIT'],
  ])('%j with %i held is refused: %s', (lines, held, code) => {
    expect(checkJoinLines(products, lines, 5, { '0': held })).toMatchObject({ ok: false, code })
  })
  test('exactly the limit with what is held is fine', () => expect(checkJoinLines(products, [{ key: '0', quantity: 1 }], 5, { '0': 4 }).ok).toBe(true))
})

describe('masking, commission, share card', () => {
  test.each([
    ['张三', '张**'],
    ['欧阳娜娜', '欧**'],
    ['A', 'A**'],
    ['  ', '**'],
    ['😀小明', '😀**'],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked))

  test.each([
    [39800, 500, 1990],
    [999, 500, 49],
    [1, 500, 0],
    [0, 500, 0],
    [10000, 0, 0],
    [1_000_000_000, 3000, 300_000_000],
  ])('commission on %i fen at %i bp is %i', (paid, bp, fen) => expect(commissionFen(paid, bp)).toBe(fen))

  test('share title and path', () => {
    expect(shareTitle({ title: '车厘子', fromPriceFen: 19900, unit: '5斤' }, 37)).toBe('【接龙】车厘子 199元/5斤 · 已有 37 人参与')
    expect(shareTitle({ title: '车厘子', fromPriceFen: 1990 }, 0)).toBe('【接龙】车厘子 19.9元')
    expect(sharePath('c1', '880012345678')).toBe('/packages/groupbuy/pages/chain/index?id=c1&from=880012345678')
    expect(sharePath('c1', null)).toBe('/packages/groupbuy/pages/chain/index?id=c1')
    expect([formatFen(0), formatFen(5), formatFen(98270)]).toEqual(['0', '0.05', '982.7'])
  })
})
