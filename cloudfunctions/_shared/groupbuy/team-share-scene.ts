/**
 * Where a visitor who arrives by a shared team link (拼团) is attributed, first touch,
 * when they join the membership from the team page. The chains' rule first: a link shared
 * by an active leader attributes to that leader's scene (`gb-<cardNo>`, their store, channel
 * 'groupbuy'). Teams have no leader of their own, so a link shared by any other member (or
 * by nobody) attributes to the team's store — the store the sharer opened or joined the
 * team at, where the visitor will pick up — through that store's team scene `tb-<storeId>`
 * (channel 'online', tagged 拼团: a console scene like any other). The scene is written once, when a merchant lists an offer at the
 * store, and a merchant may retire it in the console like any scene (then it attributes
 * nothing). The sharer earns nothing by it (诱导分享).
 */
import { findById, type Db, type Tx } from '../db'
import type { LeaderDoc } from './chain-docs'

const SCENE_ID = /^[A-Za-z0-9_-]{1,32}$/

/** The store's team scene id, or null when the store id is too long for a scene (32 characters). */
export const teamSceneId = (storeId: string): string | null => (SCENE_ID.test(`tb-${storeId}`) ? `tb-${storeId}` : null)

/** Writes the store's team scene in the offer's transaction, if it has none (a retired one stays retired). */
export async function ensureTeamSceneInTx(tx: Tx, storeId: string): Promise<void> {
  const id = teamSceneId(storeId)
  if (!id || (await findById(tx, 'scenes', id))) return
  await tx.collection('scenes').doc(id).set({ data: { storeId, staffId: null, channel: 'online', label: '拼团分享链接', campaign: null, tags: ['拼团'], enabled: true, expiresAt: null } })
}

/** The scene a visitor from a team link joins through: the sharing leader's, else the team store's. */
export async function teamShareSceneId(db: Db, team: { storeId: string }, fromCardNo: string | undefined): Promise<string | null> {
  if (fromCardNo) {
    const sharer = (await db.collection('members').where({ cardNo: fromCardNo }).limit(1).field({ _id: true }).get()).data[0] as { _id: string } | undefined
    const leader = sharer ? await findById<LeaderDoc>(db, 'leaders', sharer._id) : null
    if (leader?.active) return leader.sceneId
  }
  return teamSceneId(team.storeId)
}
