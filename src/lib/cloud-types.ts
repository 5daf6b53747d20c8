import type * as z from 'zod/mini'
import type { ActionContract, ActionMap } from '@/contracts/contract'

/** Contracts keyed by cloud function name, then by action name. */
export type Registry = Record<string, ActionMap>

export type ActionOf<R extends Registry, F extends keyof R, A extends keyof R[F]> =
  R[F][A] extends ActionContract ? R[F][A] : never

/** What a caller passes: the action's input, without the `requestId` the client adds. */
export type PayloadOf<C extends ActionContract> = Omit<z.input<C['input']>, 'requestId'>

/** What a caller gets back: the parsed `data` of an ok reply. */
export type ResultOf<C extends ActionContract> = z.output<C['output']>

export interface CallOptions {
  /** No loading mask and no error toast: the caller shows its own feedback. */
  silent?: boolean
  /** Loading mask title; reads show none unless this is set, writes default to 「提交中」. */
  loading?: string
}

/** An empty payload may be left out. */
type CallArgs<P> = Record<never, never> extends P
  ? [payload?: P, options?: CallOptions]
  : [payload: P, options?: CallOptions]

export type CallCloud<R extends Registry> = <
  F extends keyof R & string,
  A extends keyof R[F] & string,
>(
  fn: F,
  action: A,
  ...args: CallArgs<PayloadOf<ActionOf<R, F, A>>>
) => Promise<ResultOf<ActionOf<R, F, A>>>
