/** Scenes and stores: what a QR code's short id stands for. */
import { parseScene, type ResolvedScene } from '@/domain/member'
import { findById, type Db } from '../_shared/db'

interface SceneDoc {
  _id: string
  storeId: string
  staffId?: string | null
  channel: string
  campaign?: string | null
  tags?: string[]
  enabled: boolean
  expiresAt?: Date | null
}

/** The scene of a raw `scene` value, or null: unknown, malformed, or not ours. */
export async function resolveScene(db: Db, raw: unknown): Promise<ResolvedScene | null> {
  const sceneId = parseScene(raw)
  if (!sceneId) return null
  const doc = await findById<SceneDoc>(db, 'scenes', sceneId)
  return doc ? { ...doc, sceneId } : null
}

export async function storeRef(db: Db, storeId: string | undefined | null): Promise<{ id: string; name: string } | null> {
  if (!storeId) return null
  const store = await findById<{ name: string }>(db, 'stores', storeId)
  return store ? { id: storeId, name: store.name } : null
}

export async function staffName(db: Db, staffId: string | undefined | null): Promise<string | null> {
  if (!staffId) return null
  return (await findById<{ name: string }>(db, 'staff', staffId))?.name ?? null
}
