/**
 * The store QR scene a visitor arrived with, kept so that joining later (from the 会员
 * tab, after browsing) is still attributed to that store. It lasts a day: a scan is
 * about this visit, not about whenever the app is opened next week.
 */
import { taroStorage } from '@/lib/taro-storage'

const KEY = 'member.entryScene'
const LIFETIME_MS = 24 * 60 * 60 * 1000

export function rememberScene(scene: string, now = Date.now()) {
  taroStorage.set(KEY, JSON.stringify({ scene, at: now }))
}

export function entryScene(now = Date.now()): string | undefined {
  const raw = taroStorage.get(KEY)
  if (!raw) return undefined
  try {
    const { scene, at } = JSON.parse(raw) as { scene?: unknown; at?: unknown }
    if (typeof scene === 'string' && typeof at === 'number' && now - at >= 0 && now - at < LIFETIME_MS) return scene
  } catch {
    // unreadable: treated as no scene
  }
  taroStorage.remove(KEY)
  return undefined
}

export function forgetScene() {
  taroStorage.remove(KEY)
}
