import { FIXTURE_FUNCTIONS, startTestCloud, type TestCloud } from '../support/local-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ functionsRoot: FIXTURE_FUNCTIONS, schema: { collections: [] } })
})
afterAll(() => t.close())

test('health answers 200 once ready and lists the functions', async () => {
  const r = await fetch(`${t.host.url}/__dev/health`)
  expect(r.status).toBe(200)
  expect((await r.json()).functions).toEqual(expect.arrayContaining(['whoami', 'tick']))
})

test('identity is isolated under 300 concurrent requests from 100 callers', async () => {
  const calls = Array.from({ length: 300 }, (_, i) => `caller-${i % 100}`)
  const replies = await Promise.all(calls.map((openid) => t.result('whoami', openid, {})))
  replies.forEach((reply, i) => {
    expect(reply.before).toBe(calls[i])
    expect(reply.openid).toBe(calls[i])
    expect(reply.userInfo.openId).toBe(calls[i])
  })
  expect(new Set(replies.map((r) => r.appid))).toEqual(new Set(['wx-local-app']))
  expect(replies[0]).toMatchObject({ env: 'local', source: 'wx_client' })
})

test('a forged openid or userInfo in the event is ignored', async () => {
  const reply = await t.result('whoami', 'real-caller', { openid: 'victim', _openid: 'victim', userInfo: { openId: 'victim', appId: 'x' } })
  expect(reply.openid).toBe('real-caller')
  expect(reply.userInfo).toEqual({ appId: 'wx-local-app', openId: 'real-caller' })
})

test('module-level state persists like a warm container, but identity never leaks through it', async () => {
  const a = await t.result('whoami', 'alice', {})
  const b = await t.result('whoami', 'bob', {})
  expect(b.calls).toBeGreaterThan(a.calls)
  expect([a.openid, b.openid]).toEqual(['alice', 'bob'])
})

test('401 without a valid token, 404 for an unknown function', async () => {
  expect((await fetch(`${t.host.url}/cloud/whoami`, { method: 'POST', body: '{}' })).status).toBe(401)
  expect((await fetch(`${t.host.url}/cloud/whoami`, { method: 'POST', body: '{}', headers: { authorization: 'Bearer nope' } })).status).toBe(401)
  expect((await t.call('nosuch', 'alice', {})).status).toBe(404)
  expect((await t.call('Bad.Name', 'alice', {})).status).toBe(404)
})

test('login refuses malformed openids', async () => {
  for (const openid of ['', 'a b', 'x'.repeat(65), 42, null]) {
    const r = await fetch(`${t.host.url}/__dev/login`, { method: 'POST', body: JSON.stringify({ openid }) })
    expect(r.status).toBe(400)
  }
})

test('a function that throws is reported as production does (-504002)', async () => {
  const { status, body } = await t.call('whoami', 'alice', { throw: true })
  expect(status).toBe(500)
  expect(body.errCode).toBe(-504002)
})

test('the dev clock sets the time functions see, and DELETE returns to real time', async () => {
  await t.dev('POST', 'clock', { now: '2026-11-24T15:59:59.999Z' })
  expect((await t.result('whoami', 'alice', {})).now).toBe('2026-11-24T15:59:59.999Z')
  await t.dev('DELETE', 'clock')
  const now = Date.parse((await t.result('whoami', 'alice', {})).now)
  expect(Math.abs(now - Date.now())).toBeLessThan(5000)
})

test('a ticking clock runs on from the time it was set to', async () => {
  await t.dev('POST', 'clock', { now: '2030-01-01T00:00:00.000Z', ticking: true })
  const seen = Date.parse((await t.result('whoami', 'alice', {})).now)
  expect(seen).toBeGreaterThanOrEqual(Date.parse('2030-01-01T00:00:00.000Z'))
  expect(seen).toBeLessThan(Date.parse('2030-01-01T00:01:00.000Z'))
  await t.dev('DELETE', 'clock')
})

test('a declared timer trigger fires with no caller; an undeclared one is 404', async () => {
  const r = await fetch(`${t.host.url}/__dev/trigger/tick/nightly`, { method: 'POST' })
  expect(r.status).toBe(200)
  const { result } = await r.json()
  expect(result).toMatchObject({ event: { Type: 'Timer', TriggerName: 'nightly' }, openid: null, source: 'wx_trigger' })
  expect((await fetch(`${t.host.url}/__dev/trigger/tick/hourly`, { method: 'POST' })).status).toBe(404)
})

test('faults accept a conflict rate from 0 to 1 only', async () => {
  expect(await t.dev('POST', 'faults', { conflictRate: 0.3 })).toMatchObject({ conflictRate: 0.3 })
  const bad = await fetch(`${t.host.url}/__dev/faults`, { method: 'POST', body: JSON.stringify({ conflictRate: 2 }) })
  expect(bad.status).toBe(400)
  await t.dev('POST', 'faults', { conflictRate: 0 })
})

test.each([
  ['a hold without an id', { hold: { collection: 'points_accounts' } }],
  ['a hold with an operator', { hold: { collection: 'points_accounts', id: { $gt: '' } } }],
  ['a fractional count of conflicts', { conflictNext: 1.5 }],
  ['a negative count of conflicts', { conflictNext: -1 }],
  ['nothing to set', {}],
])('faults refuse %s', async (_name, body) => {
  const r = await fetch(`${t.host.url}/__dev/faults`, { method: 'POST', body: JSON.stringify(body) })
  expect(r.status).toBe(400)
  expect(await t.dev('GET', 'faults')).toMatchObject({ conflictRate: 0, hold: null })
})

test('faults arm a hold and a count of conflicts, and report them', async () => {
  expect(await t.dev('POST', 'faults', { hold: { collection: 'points_accounts', id: 'm-1' }, conflictNext: 2, conflictAt: 'write' })).toMatchObject({
    conflictNext: 2,
    conflictAt: 'write',
    hold: { collection: 'points_accounts', id: 'm-1', state: 'armed', held: 'none' },
  })
  expect(await t.dev('POST', 'faults', { hold: null, conflictNext: 0 })).toMatchObject({ conflictNext: 0, hold: null })
})

describe('the dev endpoints answer the host’s own pages only', () => {
  const devFrom = (origin: string | undefined, route: string, body: unknown = {}) =>
    fetch(`${t.host.url}/__dev/${route}`, { method: 'POST', body: JSON.stringify(body), headers: origin === undefined ? {} : { origin } })

  test.each([
    ['another site', () => 'https://evil.example'],
    ['a DNS-rebound name on our port', (port: number) => `http://evil.example:${port}`],
    ['another local port', () => 'http://127.0.0.1:1'],
    ['https on our port', (port: number) => `https://127.0.0.1:${port}`],
    ['a sandboxed frame or a file', () => 'null'],
  ])('a request from %s is refused and changes nothing', async (_name, originAt) => {
    const origin = originAt(t.host.port)
    expect((await devFrom(origin, 'clock', { now: '2031-01-01T00:00:00.000Z' })).status).toBe(403)
    expect((await devFrom(origin, 'faults', { conflictRate: 1 })).status).toBe(403)
    expect((await devFrom(origin, 'login', { openid: 'alice' })).status).toBe(403)
    expect((await fetch(`${t.host.url}/__dev/outbox`, { headers: { origin } })).status).toBe(403)
    expect(t.cloud.db.faults.conflictRate).toBe(0)
    expect(Math.abs(Date.parse((await t.result('whoami', 'alice', {})).now) - Date.now())).toBeLessThan(5000)
  })

  test.each(['127.0.0.1', 'localhost', '[::1]'])('the host’s own page at http://%s:<port> is served', async (name) => {
    const r = await devFrom(`http://${name}:${t.host.port}`, 'login', { openid: 'alice' })
    expect(r.status).toBe(200)
    expect((await r.json()).token).toEqual(expect.any(String))
  })

  test('a request without an Origin (a script, curl, a test) is served', async () => {
    expect((await devFrom(undefined, 'login', { openid: 'alice' })).status).toBe(200)
  })
})

test('the host listens on loopback only', () => {
  expect(t.host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
})
