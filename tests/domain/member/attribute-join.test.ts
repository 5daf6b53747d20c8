import { attributeJoin, type Attribution, type ResolvedScene } from '@/domain/member'

const now = new Date('2026-03-10T04:00:00Z')
const scene: ResolvedScene = { sceneId: 's1', storeId: 'store-1', staffId: 'staff-9', channel: 'poster', campaign: 'spring', tags: ['new'], enabled: true, expiresAt: new Date('2026-03-31T15:59:59.999Z') }
const existing: Attribution = { sceneId: 's0', storeId: 'store-0', staffId: null, channel: 'table', campaign: null, tags: [], at: new Date('2026-01-01T00:00:00Z') }
const fromScene: Attribution = { sceneId: 's1', storeId: 'store-1', staffId: 'staff-9', channel: 'poster', campaign: 'spring', tags: ['new'], at: now }

describe('attributeJoin: first touch wins and is locked', () => {
  test('first valid touch sets the attribution', () => {
    expect(attributeJoin({ existingAttribution: null, scene, now })).toEqual({
      attribution: fromScene,
      changed: true,
      touch: { ...fromScene, firstTouch: true, ignored: null },
    })
  })

  test('a later touch keeps the first attribution, only appends a touch', () => {
    const r = attributeJoin({ existingAttribution: existing, scene, now })
    expect(r.attribution).toBe(existing)
    expect(r.changed).toBe(false)
    expect(r.touch).toEqual({ ...fromScene, firstTouch: false, ignored: null })
  })

  test.each([
    ['disabled', { enabled: false }, 'disabled'],
    ['expired a millisecond ago', { expiresAt: new Date(now.getTime() - 1) }, 'expired'],
    ['disabled and expired', { enabled: false, expiresAt: new Date(0) }, 'disabled'],
  ])('%s scene: no attribution, visit recorded as ignored', (_name, over, ignored) => {
    const r = attributeJoin({ existingAttribution: null, scene: { ...scene, ...over }, now })
    expect(r.attribution).toBeNull()
    expect(r.changed).toBe(false)
    expect(r.touch?.ignored).toBe(ignored)
    expect(r.touch?.firstTouch).toBe(false)
  })

  test.each([
    ['valid through its expiry instant', { expiresAt: now }],
    ['never expires', { expiresAt: null }],
    ['no expiry given, minimal fields', { expiresAt: undefined, sceneId: undefined, staffId: undefined, campaign: undefined, tags: undefined }],
  ])('%s', (_name, over) => {
    const r = attributeJoin({ existingAttribution: null, scene: { ...scene, ...over }, now })
    expect(r.changed).toBe(true)
    expect(r.attribution?.storeId).toBe('store-1')
  })

  test('no scene: keep what exists, nothing to append', () => {
    expect(attributeJoin({ existingAttribution: existing, scene: null, now })).toEqual({ attribution: existing, changed: false, touch: null })
    expect(attributeJoin({ existingAttribution: null, scene: null, now })).toEqual({ attribution: null, changed: false, touch: null })
  })

  test('tags are copied, not shared', () => {
    const tags = ['a']
    const r = attributeJoin({ existingAttribution: null, scene: { ...scene, tags }, now })
    tags.push('b')
    expect(r.attribution?.tags).toEqual(['a'])
  })
})
