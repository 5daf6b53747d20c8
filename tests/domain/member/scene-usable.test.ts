import { sceneUsable, type ResolvedScene } from '@/domain/member'

const scene: ResolvedScene = { sceneId: 's1', storeId: 'store-1', staffId: 'staff-9', channel: 'community', enabled: true, expiresAt: new Date('2026-03-31T15:59:59.999Z') }

describe('sceneUsable: whether a scene still counts (attribution, community coupons, the landing page)', () => {
  test.each([
    ['enabled, no expiry', { ...scene, expiresAt: null }, new Date('2030-01-01T00:00:00Z'), true],
    ['at its last millisecond', scene, new Date('2026-03-31T15:59:59.999Z'), true],
    ['one millisecond later', scene, new Date('2026-03-31T16:00:00.000Z'), false],
    ['disabled', { ...scene, enabled: false }, new Date('2026-01-01T00:00:00Z'), false],
  ])('%s', (_n, s, now, usable) => expect(sceneUsable(s, now)).toBe(usable))
})
