/**
 * Seeds a large member base straight into the local cloud's store: one template member
 * is made through the real actions (join, earn, check-in, claim), then its documents are
 * cloned for every member with the ids substituted, so every shape is the functions' own.
 */
import type { LocalDatabase } from '../../local-cloud/database'
import type { Change } from '../../local-cloud/store'
import type { Doc } from '../../local-cloud/paths'

const TEMPLATE = 'bench-template-member'

/** Collections holding a member's documents, and the field that names the member. */
const OWNED: [string, string][] = [
  ['members', '_id'],
  ['points_accounts', '_id'],
  ['signin_states', '_id'],
  ['points_ledger', 'memberId'],
  ['growth_ledger', 'memberId'],
  ['signins', 'memberId'],
  ['coupons', 'ownerId'],
  ['coupon_claims', 'memberId'],
]

export const TEMPLATE_MEMBER = TEMPLATE
export const memberId = (i: number) => `bm-${String(i).padStart(8, '0')}`

function substitute(value: unknown, to: string): unknown {
  if (typeof value === 'string') return value.includes(TEMPLATE) ? value.split(TEMPLATE).join(to) : value
  if (value instanceof Date) return value
  if (Array.isArray(value)) return value.map((v) => substitute(v, to))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, to)]))
  return value
}

/** The template member's documents, by collection. */
export function templateDocs(db: LocalDatabase): [string, Doc[]][] {
  return OWNED.map(([coll, field]) => [coll, db.store.all(coll).filter((d) => d[field] === TEMPLATE)])
}

/** Adds members [from, to) as clones of the template; birthdays spread over the year, 1 in 10 wants reminders. */
export function cloneMembers(db: LocalDatabase, template: [string, Doc[]][], from: number, to: number): void {
  const BATCH = 5_000
  for (let start = from; start < to; start += BATCH) {
    const changes: Change[] = []
    for (let i = start; i < Math.min(to, start + BATCH); i++) {
      const id = memberId(i)
      for (const [coll, docs] of template) {
        docs.forEach((doc, k) => {
          const copy = substitute(doc, id) as Doc
          if (copy._id === doc._id) copy._id = `${id}-${coll}-${k}`
          if (coll === 'members') {
            const day = new Date(Date.UTC(2001, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(5, 10)
            Object.assign(copy, { cardNo: String(700_000_000_000 + i), birthday: `1990-${day}`, birthdayMonthDay: day })
          }
          if (coll === 'signin_states') copy.reminderOn = i % 10 === 0
          changes.push({ coll, id: copy._id, doc: copy })
        })
      }
    }
    db.store.apply(changes)
  }
}
