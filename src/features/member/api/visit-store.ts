import { useEffect, useState } from 'react'
import { callCloud } from '@/lib/cloud'
import type { memberContracts } from '@/contracts/member'
import type { ResultOf } from '@/lib/cloud-types'
import { entryScene, rememberScene } from '../stores/entry-scene'

/** `{ isMember, store: { id, name } | null, staffName, joinGifts }` */
export type StoreVisit = ResultOf<(typeof memberContracts)['visit']>

/** Silent: an unknown, malformed or disabled scene is just a normal visit, never a toast. */
export const visitStore = (scene: string | undefined) => callCloud('member', 'visit', { scene }, { silent: true })

/**
 * The landing of a store QR code: which store (and staff member) it belongs to. The scene
 * is kept for a later join only when it turned out to be one of ours.
 */
export function useStoreVisit(scene: string | undefined): StoreVisit | null {
  const [visit, setVisit] = useState<StoreVisit | null>(null)
  useEffect(() => {
    setVisit(null)
    if (!scene) return
    let current = true
    visitStore(scene)
      .then((result) => {
        if (!current) return
        if (result.store) rememberScene(scene)
        setVisit(result)
      })
      .catch(() => undefined) // a failed landing is a normal home page
    return () => {
      current = false
    }
  }, [scene])
  return visit
}

/**
 * The joining gift for the join sheet, before joining: asked with the scene the visitor
 * came with (a community scene adds the community coupons). Empty until it arrives.
 */
export function useJoinGifts(active: boolean): string[] {
  const [gifts, setGifts] = useState<string[]>([])
  useEffect(() => {
    if (!active) return
    let current = true
    visitStore(entryScene())
      .then((result) => current && setGifts(result.joinGifts))
      .catch(() => undefined) // the sheet works without it
    return () => {
      current = false
    }
  }, [active])
  return gifts
}
