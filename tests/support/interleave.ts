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
