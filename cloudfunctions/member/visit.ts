import { attributeJoin, sceneUsable } from '@/domain/member'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import type { MemberDoc } from '../_shared/members'
import { resolveScene, staffName, storeRef } from './scenes'
import { recordTouch } from './touches'

/**
 * member.visit: the landing of a store QR code. It says which store the code belongs
 * to; for a member it records the scan as a touch (attribution never moves). A bad
 * scene is a normal visit. One touch per member, scene and day is kept.
 */
export async function visit(input: { scene?: unknown }, { db, openid, now }: ActionContext) {
  const scene = await resolveScene(db, input.scene)
  const member = await findById<MemberDoc>(db, 'members', openid)
  if (member && scene) {
    const { touch } = attributeJoin({ existingAttribution: member.attribution, scene, now })
    if (touch) await recordTouch(db, openid, touch)
  }
  const usable = scene && sceneUsable(scene, now) ? scene : null
  return {
    isMember: !!member,
    store: usable ? await storeRef(db, usable.storeId) : null,
    staffName: usable ? await staffName(db, usable.staffId) : null,
  }
}
