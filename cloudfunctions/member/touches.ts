/**
 * Touches (collection `member_touches`): each scan of a store QR code by a member. At most
 * one per member, scene and Shanghai day (the _id says so), so a member who opens the same
 * poster's page all afternoon is one row, not hundreds; the retention timer removes old ones.
 */
import { businessDay } from '@/domain/time'
import type { Touch } from '@/domain/member'
import { findById, type Db, type Tx } from '../_shared/db'
import { isDuplicateKey } from '../_shared/transaction'

const touchId = (memberId: string, touch: Touch) => `${memberId}:${touch.sceneId ?? '-'}:${businessDay(touch.at)}`

/** Outside a transaction (a visit): the day's second touch meets the first one's _id and is dropped. */
export async function recordTouch(db: Db, memberId: string, touch: Touch): Promise<void> {
  try {
    await db.collection('member_touches').add({ data: { _id: touchId(memberId, touch), memberId, ...touch } })
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
  }
}

/** Inside the join's transaction. */
export async function recordTouchInTx(tx: Tx, memberId: string, touch: Touch): Promise<void> {
  const _id = touchId(memberId, touch)
  if (await findById(tx, 'member_touches', _id)) return
  await tx.collection('member_touches').add({ data: { _id, memberId, ...touch } })
}
