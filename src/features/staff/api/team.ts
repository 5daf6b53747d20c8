import { callCloud } from '@/lib/cloud'

/** 店长 / admin: a one-time invite for a store, valid 24 hours. */
export const makeInvite = (storeId: string, role: 'staff' | 'manager') => callCloud('staff', 'invite', { storeId, role }, { silent: true })

/** Opening an invite: the caller becomes staff of its store. */
export const bindInvite = (code: string, name: string) => callCloud('staff', 'bind', { code, name }, { silent: true })

export const unbindStaff = (staffId: string) => callCloud('staff', 'unbind', { staffId }, { silent: true })
