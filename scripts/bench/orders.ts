/**
 * Orders: database operations of one order.create and of one payment notification
 * (counted at the SDK seam: inside transactions and outside), and orders created per
 * second through the function host (HTTP, concurrent members, memory store).
 */
import { createLocalCloud } from '../../local-cloud'
import { startHost } from '../../local-cloud/host'
import { schema } from '../../database/schema'
import { signLocalNotification } from '../../cloudfunctions/_shared/payment/local-pay'
import type { Db } from '../../cloudfunctions/_shared/db'
import { APP_FUNCTIONS, buildFunctions } from '../build-functions'

const CONCURRENCY = 20
const MEMBERS = 50

export async function benchOrders(calls: number) {
  await buildFunctions(APP_FUNCTIONS)
  process.env.MEMBER_CODE_SECRET ??= 'bench-secret-0123456789abcdef'
  const cloud = createLocalCloud({ schema })
  const sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  const db = sdk.database() as Db
  // A second host in one process: startHost re-sets LOCAL_CLOUD through the per-request
  // process.env proxy, which Node refuses for an existing key; let it create the key anew.
  delete process.env.LOCAL_CLOUD
  const host = await startHost({ cloud, functionsRoot: [APP_FUNCTIONS.out] })

  await db.collection('stores').doc('s1').set({ data: { name: '门店' } })
  for (let i = 0; i < 4; i++) {
    await db.collection('products').doc(`p${i}`).set({ data: { name: `商品${i}`, category: 'fruit', priceFen: 1990, unit: '份', image: '', onSale: true, sort: i } })
    await db.collection('skus').doc(`sku${i}`).set({ data: { productId: `p${i}`, category: 'fruit', name: '标准装', priceFen: 1990, memberPrices: {}, stock: 10_000_000 } })
  }
  const members = Array.from({ length: MEMBERS }, (_, i) => `bench-${i}`)
  for (const [i, m] of members.entries()) {
    await db.collection('members').doc(m).set({ data: { cardNo: `8${String(i).padStart(11, '0')}`, tier: 'normal', growth: 0, tierGrowth: 0 } })
  }
  const tokens = await Promise.all(members.map(async (openid) => ((await (await fetch(`${host.url}/__dev/login`, { method: 'POST', body: JSON.stringify({ openid }) })).json()) as { token: string }).token))
  const call = async (fn: string, token: string, event: object) =>
    ((await (await fetch(`${host.url}/cloud/${fn}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(event) })).json()) as { result: any }).result
  const create = (i: number) => call('order', tokens[i % MEMBERS], { action: 'create', requestId: `bench-order-${i}-xyz`, lines: [{ skuId: `sku${i % 4}`, quantity: 1 }], fulfilment: { kind: 'pickup', storeId: 's1' } })

  // Operations of one create and one payment notification, at the seam.
  const ops = { inTx: 0, outside: 0 }
  const handle = cloud.db.handle.bind(cloud.db)
  cloud.db.handle = async (api, params) => {
    if (api !== 'database.commitTransaction' && api !== 'database.abortTransaction' && api !== 'database.startTransaction') {
      if (params?.transactionId) ops.inTx++
      else ops.outside++
    }
    return handle(api, params)
  }
  const counted = async (work: () => Promise<unknown>) => {
    ops.inTx = 0
    ops.outside = 0
    await work()
    return { ...ops }
  }
  let orderId = ''
  const createOps = await counted(async () => (orderId = (await create(calls)).data.order.orderId))
  const event = signLocalNotification({ returnCode: 'SUCCESS', resultCode: 'SUCCESS', subMchId: 'local', outTradeNo: orderId, transactionId: `4200${orderId}`, totalFee: 1990 })
  const callbackOps = await counted(() => call('payment', tokens[0], event))
  const duplicateOps = await counted(() => call('payment', tokens[0], event))
  cloud.db.handle = handle

  let next = 0
  let failed = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < calls) if (!(await create(next++)).ok) failed++
    }),
  )
  const seconds = (performance.now() - started) / 1000
  await host.close()
  cloud.close()
  return { createOps, callbackOps, duplicateOps, calls, failed, concurrency: CONCURRENCY, seconds, perSecond: Math.round(calls / seconds) }
}
