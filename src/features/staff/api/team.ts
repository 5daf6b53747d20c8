import { callStaff } from '@/features/staff/api/call-staff'

/** 店长 / admin: a one-time invite for a store, valid 24 hours. */
export const makeInvite = (storeId: string, role: 'staff' | 'manager') => callStaff('staff', 'invite', { storeId, role }, { silent: true })

/** Opening an invite: the caller becomes staff of its store. */
export const bindInvite = (code: string, name: string) => callStaff('staff', 'bind', { code, name }, { silent: true })

export const unbindStaff = (staffId: string) => callStaff('staff', 'unbind', { staffId }, { silent: true })
