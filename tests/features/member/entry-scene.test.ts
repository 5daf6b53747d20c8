const store = new Map<string, string>()
jest.mock('@/lib/taro-storage', () => ({
  taroStorage: {
    get: (k: string) => store.get(k),
    set: (k: string, v: string) => void store.set(k, v),
    remove: (k: string) => void store.delete(k),
  },
}))

import { entryScene, forgetScene, rememberScene } from '@/features/member/stores/entry-scene'

const t0 = Date.parse('2026-03-01T02:00:00Z')
const HOUR = 3_600_000

describe('entry scene: the store QR a visitor came with, kept for a later join', () => {
  beforeEach(() => store.clear())

  test('kept for a day, then forgotten', () => {
    rememberScene('xh-wang', t0)
    expect(entryScene(t0 + 23 * HOUR)).toBe('xh-wang')
    expect(entryScene(t0 + 24 * HOUR)).toBeUndefined()
    expect(store.size).toBe(0)
  })

  test('a later scan replaces the earlier one', () => {
    rememberScene('xh-wang', t0)
    rememberScene('ja-li', t0 + HOUR)
    expect(entryScene(t0 + 2 * HOUR)).toBe('ja-li')
  })

  test('forgotten after joining', () => {
    rememberScene('xh-wang', t0)
    forgetScene()
    expect(entryScene(t0)).toBeUndefined()
  })

  test.each([['not json'], ['{"scene":42,"at":1}'], ['{"scene":"x"}']])('unreadable storage %j counts as no scene', (raw) => {
    store.set('member.entryScene', raw)
    expect(entryScene(t0)).toBeUndefined()
  })

  test('a clock set back before the scan does not keep it forever', () => {
    rememberScene('xh-wang', t0)
    expect(entryScene(t0 - HOUR)).toBeUndefined()
  })
})
