/**
 * list / get / create / update / retire for every kind of record, the same way: the
 * caller's access first, a replay answered with its first reply before any state check,
 * then the write and its audit entry in one transaction (onceOnly).
 */
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById, type Db, type Tx } from '../_shared/db'
import { onceOnly, replayOr } from '../_shared/idempotency'
import { chainAdmin, consoleCaller, requireOwnStore, type ConsoleCaller } from './access'
import { auditInTx } from './audit'
import type { RecordKind, StoredDoc } from './record-kind'

const notFound = () => new ActionError('ADMIN.NOT_FOUND', '记录不存在')
const LIST_CAP = 1000

export function recordActions<R extends { id: string }, F = void>(spec: RecordKind<R, F>) {
  const itemOf = (doc: StoredDoc) => ({
    record: spec.toRecord(doc),
    enabled: doc.enabled !== false,
    left: typeof doc.left === 'number' ? doc.left : undefined,
    updatedAt: doc.updatedAt ? new Date(doc.updatedAt).toISOString() : null,
  })
  const live = async (db: Db | Tx, doc: StoredDoc | null) => (doc && spec.withLive ? spec.withLive(db, doc) : doc)
  const callerOf = (ctx: ActionContext) => (spec.storeOf ? consoleCaller(ctx.db, ctx.openid) : chainAdmin(ctx.db, ctx.openid))
  const storeOfDoc = (doc: StoredDoc) => spec.storeOf?.(spec.toRecord(doc))
  const docIdOf = async (ctx: ActionContext, id: string) => (spec.docIdOf ? spec.docIdOf(ctx.db, id) : id)
  const factsOf = async (ctx: ActionContext, record: R) => (spec.check ? spec.check(ctx.db, record, { openid: ctx.openid, now: ctx.now }) : (undefined as F))
  const mayDo = (caller: ConsoleCaller, what: 'create' | 'retire') => {
    if (caller.role === 'manager' && !spec.managerMay?.[what]) throw new ActionError('COMMON.FORBIDDEN', '没有权限进行此操作')
  }

  async function change(ctx: ActionContext, caller: ConsoleCaller, action: string, requestId: string, id: string, record: R | null, write: (tx: Tx, before: StoredDoc | null) => Promise<StoredDoc>) {
    return onceOnly(ctx, `admin.${spec.kind}.${action}`, requestId, async (tx) => {
      const before = await findById<StoredDoc>(tx, spec.collection, id)
      const beforeView = await live(tx, before)
      const after = await write(tx, before)
      const { _id, ...data } = after
      await tx.collection(spec.collection).doc(_id).set({ data })
      await spec.alsoWrite?.(tx, after, before, record, ctx.db)
      const afterView = (await live(tx, after)) as StoredDoc
      await auditInTx(tx, { actor: caller.openid, actorRole: caller.role, at: ctx.now, action: `${spec.kind}.${action}`, kind: spec.kind, targetId: id, requestId, before: beforeView, after: afterView })
      return { item: itemOf(afterView) }
    })
  }

  return {
    async list(input: { search?: string; page: number; pageSize: number }, ctx: ActionContext) {
      const caller = await callerOf(ctx)
      // Configuration lists are small (stores, scenes, templates, campaigns of one chain): read
      // them whole (at most LIST_CAP) and search and page here, with no query shape to index.
      const docs = (await ctx.db.collection(spec.collection).limit(LIST_CAP).get()).data as StoredDoc[]
      const needle = input.search?.trim().toLowerCase()
      const visible = docs
        .filter((d) => caller.role === 'admin' || storeOfDoc(d) === caller.storeId)
        .filter((d) => !needle || `${d._id} ${spec.searchText(spec.toRecord(d))}`.toLowerCase().includes(needle))
        .sort((a, b) => Number(b.enabled !== false) - Number(a.enabled !== false) || (a._id < b._id ? -1 : 1))
      const from = (input.page - 1) * input.pageSize
      const page = await Promise.all(visible.slice(from, from + input.pageSize).map((d) => live(ctx.db, d) as Promise<StoredDoc>))
      return { items: page.map(itemOf), total: visible.length, page: input.page, pageSize: input.pageSize }
    },

    async get(input: { id: string }, ctx: ActionContext) {
      const caller = await callerOf(ctx)
      const docId = await docIdOf(ctx, input.id)
      const doc = docId ? await findById<StoredDoc>(ctx.db, spec.collection, docId) : null
      if (!doc) throw notFound()
      requireOwnStore(caller, storeOfDoc(doc))
      return { item: itemOf((await live(ctx.db, doc)) as StoredDoc) }
    },

    async create(input: { requestId: string; record: R }, ctx: ActionContext) {
      const caller = await callerOf(ctx)
      mayDo(caller, 'create')
      requireOwnStore(caller, spec.storeOf?.(input.record))
      return replayOr(ctx, `admin.${spec.kind}.create`, input.requestId, async () => {
        const facts = await factsOf(ctx, input.record)
        const docId = await docIdOf(ctx, input.record.id)
        if (!docId) throw notFound()
        return change(ctx, caller, 'create', input.requestId, docId, input.record, async (_tx, before) => {
          const again = before && spec.recreatable && before.enabled === false
          if (before && !again) throw new ActionError('ADMIN.EXISTS', '编号已存在，请换一个')
          if (again) requireOwnStore(caller, storeOfDoc(before))
          return { ...spec.toDoc(input.record, before, facts), _id: docId, enabled: true, updatedAt: ctx.now }
        })
      })
    },

    async update(input: { requestId: string; record: R }, ctx: ActionContext) {
      const caller = await callerOf(ctx)
      requireOwnStore(caller, spec.storeOf?.(input.record))
      return replayOr(ctx, `admin.${spec.kind}.update`, input.requestId, async () => {
        const facts = await factsOf(ctx, input.record)
        const docId = await docIdOf(ctx, input.record.id)
        if (!docId) throw notFound()
        return change(ctx, caller, 'update', input.requestId, docId, input.record, async (_tx, before) => {
          if (!before) throw notFound()
          requireOwnStore(caller, storeOfDoc(before))
          return { ...spec.toDoc(input.record, before, facts), _id: before._id, enabled: before.enabled !== false, updatedAt: ctx.now }
        })
      })
    },

    async retire(input: { requestId: string; id: string }, ctx: ActionContext) {
      const caller = await callerOf(ctx)
      mayDo(caller, 'retire')
      return replayOr(ctx, `admin.${spec.kind}.retire`, input.requestId, async () => {
        const docId = await docIdOf(ctx, input.id)
        if (!docId) throw notFound()
        return change(ctx, caller, 'retire', input.requestId, docId, null, async (_tx, before) => {
          if (!before) throw notFound()
          requireOwnStore(caller, storeOfDoc(before))
          if (before.enabled === false) throw new ActionError('ADMIN.ALREADY_RETIRED', '已停用')
          return { ...before, ...spec.retiredFields, enabled: false, retiredAt: ctx.now, updatedAt: ctx.now }
        })
      })
    },
  }
}
