/**
 * Contracts use zod's tree-shakable `zod/mini` API: the client ships them in the main
 * package, where the classic API alone cost ~100 KB of the 600 KB budget.
 */
import * as z from 'zod/mini'

/** Any zod schema (mini or classic): what the contracts and their readers need. */
export type Schema = z.ZodMiniType

/**
 * One action of one cloud function: what the client may send and what it gets back.
 * The same object validates the event in the function and the reply in the client.
 */
export interface ActionContract<I extends Schema = Schema, O extends Schema = Schema> {
  input: I
  output: O
  /**
   * A write that a retry could repeat. The client adds a `requestId` (made and saved
   * before sending) and the function makes it a unique key, so a replay changes nothing.
   */
  write?: boolean
}

export type ActionMap = Record<string, ActionContract>

/** Identity helper that keeps each action's literal types. */
export const defineActions = <T extends ActionMap>(actions: T): T => actions

/** A client-made idempotency key: nanoid-like, URL-safe. */
export const requestIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'requestId 格式不正确'))

/** Fen: integer money. 0 to 10 million yuan is the sane range for one action. */
export const fenSchema = z.int().check(z.minimum(0), z.maximum(1_000_000_000))

/** An id of ours in the database: short, no operators, no dots. */
export const idSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'id 格式不正确'))
