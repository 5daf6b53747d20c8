/**
 * list / get / create / update / retire for every kind of record, the same way: the
 * caller's access first, a replay answered with its first reply before any state check,
 * then the write and its audit entry in one transaction (onceOnly).
 */
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById, type Tx } from '../_shared/db'
import { onceOnly, replayOr } from '../_shared/idempotency'
import { chainAdmin, consoleCaller, requireOwnStore, type ConsoleCaller } from './access'
import { auditInTx } from './audit'
import type { RecordKind, StoredDoc } from './record-kind'

const notFound = () => new ActionError('ADMIN.NOT_FOUND', '记录不存在')
const LIST_CAP = 1000

export function recordActions<R extends { id: string }>(spec: RecordKind<R>) {
  const itemOf = (doc: StoredDoc) => ({
    record: spec.toRecord(doc),
    enabled: doc.enabled !== false,
    left: typeof doc.left === 'number' ? doc.left : undefined,
    updatedAt: doc.updatedAt ? new Date(doc.updatedAt).toISOString() : null,
  })
  const callerOf = (ctx: ActionContext) => (spec.storeOf ? consoleCaller(ctx.db, ctx.openid) : chainAdmin(ctx.db, ctx.openid))
  const storeOfDoc = (doc: StoredDoc) => spec.storeOf?.(spec.toRecord(doc))
  const mayDo = (caller: ConsoleCaller, what: 'create' | 'retire') => {
    if (caller.role === 'manager' && !spec.managerMay?.[what]) throw new ActionError('COMMON.FORBIDDEN', '没有权限进行此操作')
  }

  async function change(ctx: ActionContext, caller: ConsoleCaller, action: string, requestId: string, id: string, write: (tx: Tx, before: StoredDoc | null) => Promise<StoredDoc>) {
    return onceOnly(ctx, `admin.${spec.kind}.${action}`, requestId, async (tx) => {
      const before = await findById<StoredDoc>(tx, spec.collection, id)
      const after = await write(tx, before)
      const { _id, ...data } = after
      await tx.collection(spec.collection).doc(_id).set({ data })
      await auditInTx(tx, { actor: caller.openid, actorRole: caller.role, at: ctx.now, action: `${spec.kind}.${action}`, kind: spec.kind, targetId: id, requestId, before, after })
      return { item: itemOf(after) }
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
      return { items: visible.slice(from, from + input.pageSize).map(itemOf), total: visible.length, page: input.page, pageSize: input.pageSize }
    },

    async get(input: { id: string }, ctx: ActionContext) {
      const caller = await callerOf(ctx)
      const doc = await findById<StoredDoc>(ctx.db, spec.collection, input.id)
      if (!doc) throw notFound()
      requireOwnStore(caller, storeOfDoc(doc))
      return { item: itemOf(doc) }
    },

    async create(input: { requestId: string; record: R }, ctx: ActionContext) {
      const caller = await callerOf(ctx)
      mayDo(caller, 'create')
      requireOwnStore(caller, spec.storeOf?.(input.record))
      return replayOr(ctx, `admin.${spec.kind}.create`, input.requestId, async () => {
        await spec.check?.(ctx.db, input.record)
        return change(ctx, caller, 'create', input.requestId, input.record.id, async (_tx, before) => {
          if (before) throw new ActionError('ADMIN.EXISTS', '编号已存在，请换一个')
          return { ...spec.toDoc(input.record, null), _id: input.record.id, enabled: true, updatedAt: ctx.now }
        })
      })
    },

    async update(input: { requestId: string; record: R }, ctx: ActionContext) {
      const caller = await callerOf(ctx)
      requireOwnStore(caller, spec.storeOf?.(input.record))
      return replayOr(ctx, `admin.${spec.kind}.update`, input.requestId, async () => {
        await spec.check?.(ctx.db, input.record)
        return change(ctx, caller, 'update', input.requestId, input.record.id, async (_tx, before) => {
          if (!before) throw notFound()
          requireOwnStore(caller, storeOfDoc(before))
          return { ...spec.toDoc(input.record, before), _id: before._id, enabled: before.enabled !== false, updatedAt: ctx.now }
        })
      })
    },

    async retire(input: { requestId: string; id: string }, ctx: ActionContext) {
      const caller = await callerOf(ctx)
      mayDo(caller, 'retire')
      return change(ctx, caller, 'retire', input.requestId, input.id, async (_tx, before) => {
        if (!before) throw notFound()
        requireOwnStore(caller, storeOfDoc(before))
        if (before.enabled === false) throw new ActionError('ADMIN.ALREADY_RETIRED', '已停用')
        return { ...before, enabled: false, retiredAt: ctx.now, updatedAt: ctx.now }
      })
    },
  }
}
