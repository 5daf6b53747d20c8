/**
 * Database operations per action, all counted the same way: every request a function
 * makes at the SDK seam (reads, writes, queries; transaction start, commit and abort
 * left out), split into those inside a transaction and those outside. Each action runs
 * through the function host on the demo data, once for a warm-up member (instances,
 * caches) and then counted for another member, as a member meets it.
 */
import { createLocalCloud } from '../../local-cloud'
import { resetClock, setClock } from '../../local-cloud/clock'
import { startHost } from '../../local-cloud/host'
import { schema } from '../../database/schema'
import { DEMO, seedDemo } from '../../database/seed/demo'
import { paidEvent } from '../../cloudfunctions/_shared/payment/local-pay'
import type { Db } from '../../cloudfunctions/_shared/db'
import { APP_FUNCTIONS, buildFunctions } from '../build-functions'

/** 10:30 in Shanghai: the demo's 10:00 flash session is on. */
const NOW = '2026-12-01T02:30:00.000Z'
const STORE = 'store-xuhui'
const NOT_COUNTED = ['database.startTransaction', 'database.commitTransaction', 'database.abortTransaction']

export interface ActionOps {
  action: string
  call: string
  inTransaction: number
  outside: number
  total: number
  ok: boolean
}

export async function benchOperations(): Promise<ActionOps[]> {
  await buildFunctions(APP_FUNCTIONS)
  process.env.MEMBER_CODE_SECRET ??= 'bench-secret-0123456789abcdef'
  const cloud = createLocalCloud({ schema })
  const sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  const db = sdk.database() as Db
  setClock(NOW, true)
  await seedDemo(db, new Date(NOW))
  delete process.env.LOCAL_CLOUD // see bench/orders.ts: a second host in one process
  const host = await startHost({ cloud, functionsRoot: [APP_FUNCTIONS.out] })

  const tokens = new Map<string, string>()
  const token = async (openid: string) => {
    if (!tokens.has(openid)) tokens.set(openid, ((await (await fetch(`${host.url}/__dev/login`, { method: 'POST', body: JSON.stringify({ openid }) })).json()) as { token: string }).token)
    return tokens.get(openid) as string
  }
  const call = async (fn: string, openid: string, event: object) =>
    ((await (await fetch(`${host.url}/cloud/${fn}`, { method: 'POST', headers: { authorization: `Bearer ${await token(openid)}` }, body: JSON.stringify(event) })).json()) as { result: any }).result

  const ops = { inTx: 0, outside: 0 }
  const handle = cloud.db.handle.bind(cloud.db)
  cloud.db.handle = async (api, params) => {
    if (!NOT_COUNTED.includes(api)) {
      if (params?.transactionId) ops.inTx++
      else ops.outside++
    }
    return handle(api, params)
  }

  const flashItem = ((await db.collection('flash_items').where({ day: '2026-12-01', start: '10:00', tiers: null }).get()).data as { _id: string }[])[0]?._id
  const sku = ((await db.collection('skus').get()).data as { _id: string; stock: number }[]).find((s) => s.stock > 10)?._id
  const orders = new Map<string, string>()
  let n = 0
  const rid = (tag: string) => `ops-${tag}-${n++}-xyz`
  /**
   * Each action: its name in the table, the call, who calls, and its event for member `m`
   * (made before counting: the member code a till scans, the order a payment is for).
   */
  const actions: { action: string; call: string; fn: string; caller?: string; event: (m: string) => Promise<object> }[] = [
    { action: 'join', call: 'member.join (store QR)', fn: 'member', event: async () => ({ action: 'join', requestId: rid('join'), scene: DEMO.scenes[0].id, consent: true, privacyVersion: '2026.1' }) },
    { action: 'check-in', call: 'signin.checkin', fn: 'signin', event: async () => ({ action: 'checkin', requestId: rid('checkin') }) },
    { action: 'claim', call: 'coupon.claim', fn: 'coupon', event: async () => ({ action: 'claim', requestId: rid('claim'), templateId: 'center-85' }) },
    { action: 'earn', call: 'points.till.earn (staff scans the member code)', fn: 'points', caller: DEMO.staff, event: async (m) => ({ action: 'till.earn', requestId: rid('earn'), code: (await call('member', m, { action: 'code' })).data.code, paidFen: 2590, receiptNo: rid('rc') }) },
    { action: 'reserve', call: 'flashsale.reserve', fn: 'flashsale', event: async () => ({ action: 'reserve', requestId: rid('reserve'), itemId: flashItem, quantity: 1, storeId: STORE }) },
    { action: 'order create', call: 'order.create (pickup, one line)', fn: 'order', event: async () => ({ action: 'create', requestId: rid('order'), lines: [{ skuId: sku, quantity: 1 }], fulfilment: { kind: 'pickup', storeId: STORE } }) },
    {
      action: 'payment callback',
      call: 'payment (WeChat Pay notification)',
      fn: 'payment',
      event: async (m) => {
        const orderId = orders.get(m) ?? ''
        const order = (await db.collection('orders').doc(orderId).get()).data as { money: { payableFen: number } }
        return paidEvent({ outTradeNo: orderId, transactionId: `4200${orderId}`, totalFee: order.money.payableFen })
      },
    },
  ]
  const rows: ActionOps[] = []
  for (const member of ['ops-warm-up', 'ops-member']) {
    rows.length = 0
    for (const a of actions) {
      const event = await a.event(member)
      ops.inTx = ops.outside = 0
      const result = await call(a.fn, a.caller ?? member, event)
      if (a.fn === 'order') orders.set(member, result?.data?.order?.orderId ?? '')
      // The payment callback answers WeChat Pay ({ errcode: 0 }), the others the envelope.
      const ok = a.fn === 'payment' ? result?.errcode === 0 : result?.ok === true
      rows.push({ action: a.action, call: a.call, inTransaction: ops.inTx, outside: ops.outside, total: ops.inTx + ops.outside, ok })
      if (!ok) console.warn(`[operations] ${a.action} for ${member} did not succeed: ${JSON.stringify(result).slice(0, 300)}`)
    }
  }
  cloud.db.handle = handle
  resetClock()
  await host.close()
  cloud.close()
  return rows
}

if (require.main === module) {
  benchOperations().then(
    (rows) => {
      console.table(rows)
      process.exit(0)
    },
    (e) => {
      console.error(e)
      process.exit(1)
    },
  )
}
