import { defineActions } from './contract'

/** Daily sign-in: filled in by the sign-in module. */
export const signinContracts = defineActions({})
