import { runAdminCommand } from '../../scripts/admin/command'
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, STAFF_A, seedStores } from '../support/fixtures'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())

const run = (argv: string[], as = ADMIN) => runAdminCommand(argv, { url: t.host.url, as })

test('npm run admin -- store.create makes a store through the admin action, audited', async () => {
  const record = { id: 'store-cli', name: '命令行店', address: '上海市' }
  const { exitCode, output } = await run(['store.create', JSON.stringify({ record })])
  expect(exitCode).toBe(0)
  expect(JSON.parse(output)).toMatchObject({ ok: true, data: { item: { record, enabled: true } } })
  expect((await t.db.collection('admin_audit').where({ targetId: 'store-cli' }).get()).data).toHaveLength(1)
  const listed = JSON.parse((await run(['store.list', '{"search":"命令行"}'])).output)
  expect(listed.data.items.map((i: any) => i.record.id)).toEqual(['store-cli'])
})

test('the same rules apply: a cashier is refused, bad input is refused, unknown actions are named', async () => {
  expect(await run(['store.retire', '{"id":"store-a"}', '--as', STAFF_A])).toMatchObject({ exitCode: 1 })
  expect(JSON.parse((await run(['store.retire', '{"id":"store-a"}'], STAFF_A)).output)).toMatchObject({ code: 'COMMON.FORBIDDEN' })
  expect(JSON.parse((await run(['store.create', '{"record":{"id":"x"}}'])).output)).toMatchObject({ code: 'COMMON.INVALID_INPUT' })
  expect(await run(['store.delete'])).toMatchObject({ exitCode: 2 })
  expect(await run(['store.list', '{oops'])).toMatchObject({ exitCode: 2 })
  expect((await run(['help'])).output).toContain('couponTemplate.create')
})

test('the catalog kinds are reached too: a category, a product, its stock, and the help names them', async () => {
  const ok = async (argv: string[]) => {
    const reply = await run(argv)
    expect(reply.exitCode).toBe(0)
    return JSON.parse(reply.output).data
  }
  await ok(['category.create', JSON.stringify({ record: { id: 'cli-fruit', name: '水果', icon: '/static/products/apple.svg', sort: 1 } })])
  const sku = { id: 'cli-kiwi-6', name: '6 个装', priceFen: 3990, memberPrices: { gold: 3590 }, stock: 10 }
  const product = { id: 'cli-kiwi', name: '奇异果', category: 'cli-fruit', priceFen: 3990, unit: '6 个装', description: '', images: ['/static/products/kiwi.svg'], storeIds: null, sort: 1, onSale: true, skus: [sku] }
  await ok(['product.create', JSON.stringify({ record: product })])
  expect(await ok(['product.stock', '{"skuId":"cli-kiwi-6","delta":-4}'])).toEqual({ skuId: 'cli-kiwi-6', delta: -4, stock: 6 })
  const help = (await run(['help'])).output
  for (const action of ['product.create', 'product.stock', 'flashItem.create', 'flashItem.stock', 'leader.create', 'category.list']) expect(help).toContain(action)
})
