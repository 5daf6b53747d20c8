/**
 * Our scene ids: short, URL-safe, no dots, quotes or operators. WeChat allows more in a
 * scene (up to 32 of [0-9A-Za-z!#$&'()*+,/:;=?@-._~]) but we only ever issue these, so
 * anything else is a forged or damaged code and is ignored.
 */
const SCENE_ID = /^[A-Za-z0-9_-]{1,32}$/
/** 32 characters fully percent-encoded is 96; longer input is rejected before decoding. */
const MAX_RAW = 96

/**
 * The scene id of an unlimited mini program code (`options.scene`), or null when it is
 * missing or not one of ours. WeChat hands the scene URL-encoded; decodeURIComponent throws
 * on malformed escapes ('%E0%A4%A'), which we treat as "no scene", never as a crash.
 */
export function parseScene(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_RAW) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  return SCENE_ID.test(decoded) ? decoded : null
}
