/**
 * Issue 10 item 1: a timer runs only when the platform fires it. A client can put
 * `{ Type: 'Timer', TriggerName }` in any event: a call with a caller never reaches a
 * timer, and a timer is found by its own declared name only.
 */
import fs from 'node:fs'
import path from 'node:path'
import { runAs } from '../../local-cloud/context'
import { FunctionRegistry } from '../../local-cloud/functions'
import { BUILT_FUNCTIONS, startTestCloud, type TestCloud } from '../support/local-cloud'
import { join, seedStores } from '../support/fixtures'

const SOURCE = path.join(__dirname, '..', '..', 'cloudfunctions')
/** Every function with its declared trigger names, read from its config.json. */
const declared = fs
  .readdirSync(SOURCE)
  .filter((fn) => fs.existsSync(path.join(SOURCE, fn, 'config.json')))
  .map((fn) => ({ fn, triggers: ((JSON.parse(fs.readFileSync(path.join(SOURCE, fn, 'config.json'), 'utf8')).triggers ?? []) as { name: string }[]).map((t) => t.name) }))
/**
 * WeChat Pay's callback is not an action function: it answers anything that is not a
 * verified notification with a non-zero errcode (and runs nothing), timers included.
 */
const PAY_CALLBACKS = new Set(['payment'])
const unknownTimer = (fn: string) =>
  PAY_CALLBACKS.has(fn) ? { errcode: 403, errmsg: 'notification not verified' } : { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '未知的定时任务' }
const INHERITED = ['constructor', 'hasOwnProperty', '__proto__', 'toString', 'valueOf', 'isPrototypeOf', '__defineGetter__']
const cases = declared.flatMap(({ fn, triggers }) => [...triggers, ...INHERITED].map((name) => [fn, name] as const))

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await join(t, 'attacker')
})
afterAll(() => t.close())

test('every function declares triggers that these tests cover', () => {
  expect(declared.map((d) => d.fn).sort()).toEqual(expect.arrayContaining(['coupon', 'member', 'points', 'signin']))
  expect(declared.flatMap((d) => d.triggers)).toEqual(expect.arrayContaining(['yearlyReview', 'remind', 'expirePoints', 'expireCoupons']))
})

test.each(cases)('a member who sends a timer event to %s (%s) gets UNKNOWN_ACTION and runs nothing', async (fn, name) => {
  const { status, body } = await t.call(fn, 'attacker', { Type: 'Timer', TriggerName: name, Time: new Date().toISOString() })
  expect(status).toBe(200)
  expect(body.result).toEqual(unknownTimer(fn))
})

test('a member’s forged yearly review does not touch anyone’s tier', async () => {
  await t.db.collection('members').doc('attacker').update({ data: { tier: 'gold', tierReviewedAt: null } })
  await t.call('member', 'attacker', { Type: 'Timer', TriggerName: 'yearlyReview' })
  expect((await t.db.collection('members').doc('attacker').get()).data).toMatchObject({ tier: 'gold', tierReviewedAt: null })
})

test('a forged evening reminder sends nothing and uses up no subscription', async () => {
  await t.db.collection('signin_states').doc('attacker').set({ data: { reminderOn: true, reminderTemplateId: 'tpl-remind', lastDay: null, remindedDay: null, runs: [] } })
  await t.call('signin', 'attacker', { Type: 'Timer', TriggerName: 'remind' })
  expect((await t.db.collection('signin_states').doc('attacker').get()).data).toMatchObject({ reminderOn: true, remindedDay: null })
  expect((await t.db.collection('outbox').count()).total).toBe(0)
})

describe('from the platform (no caller)', () => {
  const registry = new FunctionRegistry(BUILT_FUNCTIONS)
  const fire = (fn: string, name: string) => runAs({ APPID: 'wx-local-app', ENV: 'local', SOURCE: 'wx_trigger' }, () => registry.get(fn)!.main({ Type: 'Timer', TriggerName: name }, {}))

  test.each(declared.flatMap(({ fn }) => INHERITED.map((name) => [fn, name] as const)))('%s: an inherited name (%s) is an unknown timer', async (fn, name) => {
    expect(await fire(fn, name)).toEqual(unknownTimer(fn))
  })

  test.each(declared.flatMap(({ fn, triggers }) => triggers.map((name) => [fn, name] as const)))('%s: the declared timer %s runs when the host fires it', async (fn, name) => {
    const res = await fetch(`${t.host.url}/__dev/trigger/${fn}/${name}`, { method: 'POST' })
    expect(res.status).toBe(200)
    expect((await res.json()).result).toMatchObject({ ok: true })
  })
})
