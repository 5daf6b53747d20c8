import { inflateSync } from 'node:zlib'
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, join, rid, seedStores } from '../support/fixtures'
import { campaignRecord, pointsRules, sceneRecord, storeRecord, templateRecord, tiers } from '../support/admin-samples'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())

const admin = (action: string, payload: Record<string, unknown> = {}) => act(t, 'admin', ADMIN, action, payload)
const auditOf = async (targetId: string) => (await t.db.collection('admin_audit').where({ targetId }).limit(100).get()).data.sort((a: any, b: any) => a.at - b.at)

describe('the audit record is complete for every kind of change', () => {
  test.each([
    ['store', storeRecord('store-c'), storeRecord('store-c', { name: '浦东新店' })],
    ['scene', sceneRecord('sC1', 'store-a'), sceneRecord('sC1', 'store-a', { label: '收银台', channel: 'counter' })],
    ['couponTemplate', templateRecord('tpl-audit'), templateRecord('tpl-audit', { stock: 50 })],
    ['campaign', campaignRecord('camp-audit'), campaignRecord('camp-audit', { reward: { pointsMultiplier: 3 } })],
  ])('%s: create, update, retire', async (kind, created, updated) => {
    const id = created.id
    const c = await admin(`${kind}.create`, { requestId: rid(), record: created })
    expect(c).toMatchObject({ ok: true, data: { item: { record: created, enabled: true } } })
    expect((await admin(`${kind}.update`, { requestId: rid(), record: updated })).data.item.record).toEqual(updated)
    expect((await admin(`${kind}.retire`, { requestId: rid(), id })).data.item.enabled).toBe(false)
    const entries = await auditOf(id)
    expect(entries.map((e: any) => e.action)).toEqual([`${kind}.create`, `${kind}.update`, `${kind}.retire`])
    for (const e of entries) {
      expect(e).toMatchObject({ actor: ADMIN, actorRole: 'admin', kind, targetId: id })
      expect(e.at).toBeInstanceOf(Date)
      expect(typeof e.requestId).toBe('string')
    }
    const [create, update, retire] = entries
    expect(create.before).toBeNull()
    expect(create.after).toMatchObject({ _id: id, enabled: true })
    expect(update.before).toEqual(create.after)
    expect(update.after).toMatchObject({ _id: id, enabled: true })
    expect(retire.before).toEqual(update.after)
    expect(retire.after).toMatchObject({ _id: id, enabled: false })
    // What is stored now is the last entry's "after".
    const coll = { store: 'stores', scene: 'scenes', couponTemplate: 'coupon_templates', campaign: 'campaigns' }[kind]!
    expect((await t.db.collection(coll).doc(id).get()).data).toEqual(retire.after)
    // A retired record is not retired twice, and the refusal is not audited.
    expect(await admin(`${kind}.retire`, { requestId: rid(), id })).toMatchObject({ ok: false, code: 'ADMIN.ALREADY_RETIRED' })
    expect(await auditOf(id)).toHaveLength(3)
  })

  test.each([
    ['tiers.update', { tiers }, 'tiers', 'tiers'],
    ['pointsRules.update', { rules: pointsRules }, 'pointsRules', 'points'],
  ])('%s', async (action, payload, kind, settingId) => {
    const before = (await t.db.collection('settings').where({ _id: settingId }).get()).data[0] ?? null
    expect((await admin(action, { requestId: rid(), ...payload })).ok).toBe(true)
    const [entry] = await auditOf(settingId)
    expect(entry).toMatchObject({ actor: ADMIN, action, kind, targetId: settingId, before })
    expect((await t.db.collection('settings').doc(settingId).get()).data).toEqual({ ...entry.after, _id: settingId })
    const listed = (await admin('audit.list', { kind })).data
    expect(listed.items[0]).toMatchObject({ action, actor: ADMIN, targetId: settingId })
  })
})

test('a replay (same requestId) answers the first reply and changes and audits once', async () => {
  const requestId = rid()
  const replies = await Promise.all(Array.from({ length: 6 }, () => admin('store.create', { requestId, record: storeRecord('store-once') })))
  expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1)
  expect(replies[0].ok).toBe(true)
  expect(await auditOf('store-once')).toHaveLength(1)
  // A new request for the same id is refused: ids are never reused.
  expect(await admin('store.create', { requestId: rid(), record: storeRecord('store-once') })).toMatchObject({ ok: false, code: 'ADMIN.EXISTS' })
})

describe('bad input gets a clear code and changes nothing', () => {
  test.each([
    ['an unknown field', 'store.create', { record: { ...storeRecord('x1'), secret: 1 } }, 'COMMON.INVALID_INPUT'],
    ['a 33-character scene id', 'scene.create', { record: sceneRecord('s'.repeat(33), 'store-a') }, 'COMMON.INVALID_INPUT'],
    ['a scene of a store that does not exist', 'scene.create', { record: sceneRecord('sX', 'store-zz') }, 'ADMIN.STORE_NOT_FOUND'],
    ['a scene bound to another store’s staff', 'scene.create', { record: sceneRecord('sY', 'store-a', { staffId: 'staff-b' }) }, 'ADMIN.STAFF_NOT_IN_STORE'],
    ['money in yuan (a fraction)', 'couponTemplate.create', { record: templateRecord('t1', { benefit: { kind: 'cash', amountFen: 4.5 } }) }, 'COMMON.INVALID_INPUT'],
    ['a saving above its threshold', 'couponTemplate.create', { record: templateRecord('t2', { benefit: { kind: 'threshold', thresholdFen: 1000, amountFen: 2000 } }) }, 'COUPON.TEMPLATE_INVALID'],
    ['a fixed period that ends before it starts', 'couponTemplate.create', { record: templateRecord('t3', { validity: { kind: 'fixed', from: '2026-12-01T00:00:00+08:00', to: '2026-11-01T00:00:00+08:00' } }) }, 'COUPON.TEMPLATE_INVALID'],
    ['a campaign that gives nothing', 'campaign.create', { record: campaignRecord('c1', { reward: {} }) }, 'ADMIN.CAMPAIGN_INVALID'],
    ['a multiplier above 10', 'campaign.create', { record: campaignRecord('c2', { reward: { pointsMultiplier: 11 } }) }, 'COMMON.INVALID_INPUT'],
    ['first order only without a multiplier', 'campaign.create', { record: campaignRecord('c4', { reward: { points: 10, firstOrderOnly: true } }) }, 'ADMIN.CAMPAIGN_INVALID'],
    ['a weekday 8', 'campaign.create', { record: campaignRecord('c3', { rule: { kind: 'weekly', weekdays: [8] } }) }, 'COMMON.INVALID_INPUT'],
    ['tiers whose first threshold is not 0', 'tiers.update', { tiers: [{ ...tiers[0], threshold: 5 }] }, 'ADMIN.TIERS_INVALID'],
    ['tiers that do not rise', 'tiers.update', { tiers: [tiers[0], { ...tiers[1], threshold: 0 }] }, 'ADMIN.TIERS_INVALID'],
    ['updating a record that does not exist', 'store.update', { record: storeRecord('store-ghost') }, 'ADMIN.NOT_FOUND'],
  ])('%s → %s', async (_name, action, payload, code) => {
    const before = (await t.db.collection('admin_audit').count()).total
    const reply = await admin(action, { requestId: rid(), ...payload })
    expect(reply).toMatchObject({ ok: false, code })
    expect(reply.message).toMatch(/[\u4e00-\u9fa5]/)
    expect((await t.db.collection('admin_audit').count()).total).toBe(before)
  })
})

test('a template made in the console is in the claim centre, and its stock cannot drop below what was claimed', async () => {
  await admin('couponTemplate.create', { requestId: rid(), record: templateRecord('tpl-live', { stock: 3, title: '后台新券' }) })
  await join(t, 'console-member')
  const center = (await act(t, 'coupon', 'console-member', 'center')).data.items
  expect(center.find((i: any) => i.templateId === 'tpl-live')).toMatchObject({ title: '后台新券', state: '领取' })
  expect((await act(t, 'coupon', 'console-member', 'claim', { requestId: rid(), templateId: 'tpl-live' })).ok).toBe(true)
  expect(await admin('couponTemplate.update', { requestId: rid(), record: templateRecord('tpl-live', { stock: 0, title: '后台新券' }) })).toMatchObject({ ok: false, code: 'ADMIN.STOCK_BELOW_CLAIMED' })
  const raised = await admin('couponTemplate.update', { requestId: rid(), record: templateRecord('tpl-live', { stock: 10, title: '后台新券' }) })
  expect(raised.data.item).toMatchObject({ left: 9, record: { stock: 10 } })
})

test('list: search and paging; retired records last', async () => {
  for (const n of [1, 2, 3, 4, 5]) await admin('store.create', { requestId: rid(), record: storeRecord(`page-${n}`, { name: `分页店 ${n}` }) })
  await admin('store.retire', { requestId: rid(), id: 'page-1' })
  const first = (await admin('store.list', { search: '分页', page: 1, pageSize: 2 })).data
  expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 })
  expect(first.items.map((i: any) => i.record.id)).toEqual(['page-2', 'page-3'])
  const last = (await admin('store.list', { search: '分页', page: 3, pageSize: 2 })).data
  expect(last.items.map((i: any) => [i.record.id, i.enabled])).toEqual([['page-1', false]])
})

test('a scene’s QR image in local mode is a PNG of the landing link', async () => {
  const { image, fileId } = (await admin('scene.qr', { id: 'sA1' })).data
  expect(fileId).toBeNull()
  const png = Buffer.from(image.replace(/^data:image\/png;base64,/, ''), 'base64')
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  const width = png.readUInt32BE(16)
  const idatLength = png.readUInt32BE(33)
  const pixels = inflateSync(png.subarray(41, 41 + idatLength))
  expect(pixels.length).toBe(width * (width + 1))
  // The quiet zone is white, the finder pattern's corner (module 0,0) is black.
  expect(pixels[1]).toBe(255)
  expect(pixels[(4 * 8) * (width + 1) + 1 + 4 * 8]).toBe(0)
})

test('the campaigns made in the console are the member’s banners (member.campaigns)', async () => {
  await admin('campaign.create', { requestId: rid(), record: campaignRecord('every-day', { rule: { kind: 'daily' }, minTier: undefined, banner: '天天有礼' }) })
  await admin('campaign.create', { requestId: rid(), record: campaignRecord('gold-only', { rule: { kind: 'daily' }, minTier: 'gold', banner: '金卡专享' }) })
  await admin('campaign.create', { requestId: rid(), record: campaignRecord('join-gift', { on: ['join'], rule: { kind: 'new-member' }, minTier: undefined, reward: { points: 100 }, banner: '入会送 100 积分' }) })
  await join(t, 'banner-member')
  const forMember = (await act(t, 'member', 'banner-member', 'campaigns')).data.items.map((b: any) => b.text)
  expect(forMember).toContain('天天有礼')
  expect(forMember).not.toContain('金卡专享')
  expect(forMember).not.toContain('入会送 100 积分')
  const forVisitor = (await act(t, 'member', 'just-looking', 'campaigns')).data.items.map((b: any) => b.text)
  expect(forVisitor).toEqual(expect.arrayContaining(['天天有礼', '入会送 100 积分']))
  await admin('campaign.retire', { requestId: rid(), id: 'every-day' })
  expect((await act(t, 'member', 'banner-member', 'campaigns')).data.items.map((b: any) => b.text)).not.toContain('天天有礼')
})

test('a console campaign is given on its event, and a second time in one period is refused, even by parallel joins', async () => {
  await admin('couponTemplate.create', { requestId: rid(), record: templateRecord('group-5', { benefit: { kind: 'cash', amountFen: 500 }, title: '入群 5 元券', issuedBy: 'push', perMemberLimit: 5 }) })
  await admin('scene.create', { requestId: rid(), record: sceneRecord('sGroup', 'store-a', { channel: 'community', label: '徐汇店社群' }) })
  await admin('campaign.create', { requestId: rid(), record: campaignRecord('group-gift', { on: ['join'], rule: { kind: 'community' }, minTier: undefined, reward: { couponTemplateIds: ['group-5'], points: 50 } }) })
  // 'join-gift' (new member: 100 points) is still running from the banners test above.

  const first = await join(t, 'grouper', 'sGroup')
  expect(first.data.welcomeCoupons).toContain('入群 5 元券')
  const replies = await Promise.all(Array.from({ length: 6 }, () => join(t, 'grouper', 'sGroup')))
  expect(replies.every((r) => r.ok && !r.data.welcomeCoupons.includes('入群 5 元券'))).toBe(true)
  const coupons = (await t.db.collection('coupons').where({ templateId: 'group-5', ownerId: 'grouper' }).get()).data
  expect(coupons).toHaveLength(1)
  expect((await act(t, 'points', 'grouper', 'balance')).data.balance).toBe(150)
  expect((await t.db.collection('requests').where({ _id: 'campaign:group-gift:grouper:once' }).get()).data).toHaveLength(1)
  // A member who joined at the counter gets the new-member points but not the group's gift.
  await join(t, 'counter-joiner', 'sA1')
  expect((await act(t, 'points', 'counter-joiner', 'balance')).data.balance).toBe(100)
})

test('a console birthday campaign is given by the daily birthday timer, once a year', async () => {
  await admin('couponTemplate.create', { requestId: rid(), record: templateRecord('bday-10', { benefit: { kind: 'cash', amountFen: 1000 }, title: '生日 10 元券', issuedBy: 'push', perMemberLimit: 10 }) })
  await admin('campaign.create', { requestId: rid(), record: campaignRecord('bday-gift', { on: ['daily'], rule: { kind: 'birthday' }, minTier: undefined, reward: { couponTemplateIds: ['bday-10'], points: 20 } }) })
  await join(t, 'cake')
  await act(t, 'member', 'cake', 'profile.update', { requestId: rid(), birthday: '1992-02-29' })
  const points = async () => (await act(t, 'points', 'cake', 'balance')).data.balance
  const before = await points()
  const fire = async (now: string) => {
    await t.dev('POST', 'clock', { now })
    return (await (await fetch(`${t.host.url}/__dev/trigger/coupon/birthdayGifts`, { method: 'POST' })).json()).result.data.gifted
  }
  try {
    expect(await fire('2027-02-26T22:00:00.000Z')).toBe(0) // 27 Feb Shanghai
    expect(await fire('2027-02-27T22:00:00.000Z')).toBe(1) // 28 Feb 2027: no 29th that year
    expect(await fire('2027-02-27T23:00:00.000Z')).toBe(0) // the same day again
    expect(await points()).toBe(before + 20)
    expect(await fire('2028-02-28T22:00:00.000Z')).toBe(1) // 29 Feb 2028 (a Tuesday): next year's
  } finally {
    await t.dev('DELETE', 'clock')
  }
  expect((await t.db.collection('coupons').where({ templateId: 'bday-10', ownerId: 'cake' }).count()).total).toBe(2)
})
