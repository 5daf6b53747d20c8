/**
 * The audit trail of the console: one entry per change, written in the same transaction
 * as the change (so a change without its entry cannot exist), never edited.
 */
import type { AuditEntry } from '@/contracts/admin'
import type { Db, Tx } from '../_shared/db'
import type { ConsoleCaller } from './access'

export interface AuditDoc {
  _id?: string
  actor: string
  actorRole: ConsoleCaller['role']
  at: Date
  action: string
  kind: string
  targetId: string
  requestId: string
  before: unknown
  after: unknown
}

export async function auditInTx(tx: Tx, entry: AuditDoc): Promise<void> {
  await tx.collection('admin_audit').add({ data: { ...entry } })
}

/** Newest first, by kind or all (index `kind_at` / `at`). */
export async function auditList(db: Db, input: { kind?: string; page: number; pageSize: number }): Promise<{ items: AuditEntry[]; total: number }> {
  const query = input.kind ? db.collection('admin_audit').where({ kind: input.kind }) : db.collection('admin_audit')
  const total = (await query.count()).total
  const docs = (await query.orderBy('at', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get()).data as (AuditDoc & { _id: string })[]
  const items = docs.map((d) => ({ id: d._id, actor: d.actor, actorRole: d.actorRole, at: new Date(d.at).toISOString(), action: d.action, kind: d.kind, targetId: d.targetId, before: jsonOf(d.before), after: jsonOf(d.after) }))
  return { items, total }
}

/** Dates as ISO strings, as the reply travels. */
const jsonOf = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)))
