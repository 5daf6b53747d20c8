/**
 * The one staff action a member-facing tab needs (我的 asks whether the caller is staff):
 * apart from src/contracts/staff.ts, so the main package's registry carries only this.
 */
import * as z from 'zod/mini'
import { defineActions } from './contract'
import { emptyInput } from './common'

export const staffRoles = ['staff', 'manager', 'admin'] as const

export const seat = z.object({
  staffId: z.string(),
  name: z.string(),
  role: z.enum(staffRoles),
  roleName: z.string(),
  storeId: z.string(),
  storeName: z.string(),
})
export type StaffSeatView = z.infer<typeof seat>

export const staffSeatContracts = defineActions({
  /** Who the caller is at the till: their seat, or null for anyone not bound and active. */
  me: { input: emptyInput, output: z.object({ seat: z.nullable(seat) }) },
})
