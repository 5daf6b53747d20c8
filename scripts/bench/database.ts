/**
 * Ledger-style transactions (get the member, add an entry, inc the balance) through
 * the unmodified wx-server-sdk into the local cloud, on the memory store and on SQLite,
 * and the same rows written by raw better-sqlite3 as the reference.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { createLocalCloud } from '../../local-cloud'

const schema = { collections: [{ name: 'members' }, { name: 'ledger', indexes: [{ name: 'member_request_unique', fields: ['memberId', 'requestId'], unique: true }] }] }
const MEMBERS = 50
const ROUNDS = 3

const median = (runs: StoreRun[]): StoreRun => [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)]

export interface StoreRun {
  store: string
  transactions: number
  seconds: number
  perSecond: number
}

async function throughSdk(store: string, data: string, transactions: number): Promise<StoreRun> {
  const local = createLocalCloud({ schema, data })
  const cloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  const db = cloud.database()
  const _ = db.command
  for (let m = 0; m < MEMBERS; m++) await db.collection('members').doc(`m${m}`).set({ data: { balance: 0 } })
  const started = performance.now()
  for (let i = 0; i < transactions; i++) {
    const memberId = `m${i % MEMBERS}`
    await db.runTransaction(async (t: any) => {
      const { data: member } = await t.collection('members').doc(memberId).get()
      await t.collection('ledger').add({ data: { memberId, requestId: `r${i}`, amount: 5, balanceAfter: member.balance + 5, at: new Date() } })
      await t.collection('members').doc(memberId).update({ data: { balance: _.inc(5) } })
    })
  }
  const seconds = (performance.now() - started) / 1000
  local.close()
  return { store, transactions, seconds, perSecond: Math.round(transactions / seconds) }
}

function rawSqlite(folder: string, transactions: number): StoreRun {
  const db = new Database(path.join(folder, 'raw.sqlite'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('CREATE TABLE docs (coll TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (coll, id)) WITHOUT ROWID')
  const upsert = db.prepare('INSERT INTO docs (coll, id, body) VALUES (?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET body = excluded.body')
  const balances = new Array(MEMBERS).fill(0)
  const write = db.transaction((i: number) => {
    const m = i % MEMBERS
    balances[m] += 5
    upsert.run('ledger', `e${i}`, JSON.stringify({ memberId: `m${m}`, requestId: `r${i}`, amount: 5, balanceAfter: balances[m] }))
    upsert.run('members', `m${m}`, JSON.stringify({ balance: balances[m] }))
  })
  const started = performance.now()
  for (let i = 0; i < transactions; i++) write(i)
  const seconds = (performance.now() - started) / 1000
  db.close()
  return { store: 'raw better-sqlite3 (reference)', transactions, seconds, perSecond: Math.round(transactions / seconds) }
}

export async function benchDatabase(transactions: number) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-db-'))
  // A warm-up pass, then rounds that alternate the stores; the median round of each
  // is reported, so JIT warm-up and a noisy neighbour do not favour either store.
  await throughSdk('warm-up', ':memory:', Math.min(1000, transactions))
  const memoryRuns: StoreRun[] = []
  const sqliteRuns: StoreRun[] = []
  for (let round = 0; round < ROUNDS; round++) {
    memoryRuns.push(await throughSdk('local cloud, memory', ':memory:', transactions))
    sqliteRuns.push(await throughSdk('local cloud, SQLite (WAL)', path.join(folder, `cloud-${round}`), transactions))
  }
  const memory = median(memoryRuns)
  const sqlite = median(sqliteRuns)
  const raw = rawSqlite(folder, transactions)
  fs.rmSync(folder, { recursive: true, force: true })
  return {
    rounds: ROUNDS,
    runs: [memory, sqlite, raw],
    persistenceCost: 1 - sqlite.perSecond / memory.perSecond,
    sqliteVsMemory: sqlite.perSecond / memory.perSecond,
    memoryVsRaw: memory.perSecond / raw.perSecond,
  }
}
