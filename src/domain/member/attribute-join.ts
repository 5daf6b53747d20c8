/** A scene id resolved server-side to where and by whom the member was brought in. */
export type ResolvedScene = Readonly<{
  sceneId?: string
  storeId: string
  staffId?: string | null
  channel: string
  campaign?: string | null
  tags?: readonly string[]
  enabled: boolean
  /** null/undefined = never expires. The scene is valid through this instant. */
  expiresAt?: Date | null
}>

/** Who gets credit for the member: the first valid touch, locked forever after. */
export type Attribution = Readonly<{
  sceneId: string | null
  storeId: string
  staffId: string | null
  channel: string
  campaign: string | null
  tags: readonly string[]
  at: Date
}>

/** One visit through a scene, appended to the member's touch history. */
export type Touch = Readonly<Attribution & { firstTouch: boolean; ignored: 'disabled' | 'expired' | null }>

export type JoinAttribution = Readonly<{
  /** The attribution to keep (the existing one if any), or null if none yet. */
  attribution: Attribution | null
  /** True only when `attribution` is new and must be written. */
  changed: boolean
  /** The touch to append, or null when the visit came without a scene. */
  touch: Touch | null
}>

const ignoredBecause = (scene: ResolvedScene, now: Date): Touch['ignored'] =>
  !scene.enabled ? 'disabled' : scene.expiresAt && scene.expiresAt.getTime() < now.getTime() ? 'expired' : null

/** Whether a scene still counts: enabled and not past its expiry (the scan itself is still a visit). */
export const sceneUsable = (scene: ResolvedScene, now: Date): boolean => ignoredBecause(scene, now) === null

/**
 * Attributes a member to a store / staff / channel on arrival.
 * First touch wins and is locked: a later scan of another store's code is only recorded as
 * a touch. Disabled or expired scenes attribute nothing but the visit goes on normally;
 * their touch is still recorded (flagged `ignored`) so operators can find stale posters.
 */
export function attributeJoin({ existingAttribution, scene, now }: { existingAttribution: Attribution | null; scene: ResolvedScene | null; now: Date }): JoinAttribution {
  if (!scene) return { attribution: existingAttribution, changed: false, touch: null }
  const ignored = ignoredBecause(scene, now)
  const record: Attribution = {
    sceneId: scene.sceneId ?? null,
    storeId: scene.storeId,
    staffId: scene.staffId ?? null,
    channel: scene.channel,
    campaign: scene.campaign ?? null,
    tags: [...(scene.tags ?? [])],
    at: now,
  }
  const first = !existingAttribution && !ignored
  return {
    attribution: first ? record : existingAttribution,
    changed: first,
    touch: { ...record, firstTouch: first, ignored },
  }
}
