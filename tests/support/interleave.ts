/**
 * Deterministic interleaving at the local cloud: "another transaction commits between my
 * read and my write". The emulator holds the first transaction that reads `doc` right
 * after that read; `second` then runs to the end, committing that document; then the
 * held one goes on with a stale read and must conflict and be re-run.
 */
import type { TestCloud } from './local-cloud'

export interface HoldReport {
  collection: string
  id: string
  state: 'armed' | 'holding' | 'released' | 'timed-out'
  held: 'none' | 'running' | 'committed' | 'conflicted' | 'aborted'
}

const holdOf = async (t: TestCloud): Promise<HoldReport> => (await t.dev('GET', 'faults')).hold

export async function interleave<A, B>(t: TestCloud, doc: { collection: string; id: string }, first: () => Promise<A>, second: () => Promise<B>) {
  await t.dev('POST', 'faults', { hold: doc })
  const firstDone = first()
  for (let polls = 0; (await holdOf(t)).state !== 'holding'; polls++) {
    if (polls > 500) throw new Error(`no transaction read ${doc.collection}/${doc.id}`)
    await new Promise((r) => setTimeout(r, 5))
  }
  const secondReply = await second()
  const firstReply = await firstDone
  return { first: firstReply, second: secondReply, hold: await holdOf(t) }
}

/**
 * Makes two firings overlap on one page: the first write to `collection` waits until a
 * second read of it (the other firing's page) has been answered.
 */
export function overlapOn(t: TestCloud, collection: string) {
  let reads = 0
  let release: () => void = () => undefined
  const bothRead = new Promise<void>((resolve) => (release = resolve))
  const timeout = setTimeout(release, 3000)
  t.cloud.db.beforeRequest = async (api, params) => {
    if (params.collectionName !== collection) return
    if (api === 'database.getDocument' && ++reads === 2) setTimeout(release, 20)
    if (api === 'database.modifyDocument') await bothRead
  }
  return {
    pagesRead: () => reads,
    stop: () => {
      clearTimeout(timeout)
      t.cloud.db.beforeRequest = undefined
    },
  }
}
