/**
 * The SDK sends queries, updates and documents as canonical EJSON strings, with one
 * CloudBase extension: `{ $tcb_server_date: { offset } }` for db.serverDate().
 */
import { isDate } from 'node:util/types'
import { EJSON } from 'bson'
import { clockNow } from './clock'

const SERVER_DATE = '$tcb_server_date'

/** Parses what the SDK sent; server dates become the emulator clock's time. */
export function decode<T = unknown>(value: unknown): T {
  if (value === undefined || value === null) return value as T
  const parsed = typeof value === 'string' ? EJSON.parse(value, { relaxed: true }) : EJSON.deserialize(value as object, { relaxed: true })
  return resolveServerDates(parsed) as T
}

function resolveServerDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolveServerDates)
  if (value === null || typeof value !== 'object' || isDate(value)) return value
  const obj = value as Record<string, unknown>
  if (SERVER_DATE in obj) {
    const offset = Number((obj[SERVER_DATE] as { offset?: unknown })?.offset ?? 0)
    return new Date(clockNow() + offset)
  }
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) out[k] = resolveServerDates(v)
  return out
}

/** What the SDK expects back for each document: a canonical EJSON string. */
export const encode = (doc: unknown): string => EJSON.stringify(doc as object, { relaxed: false })
