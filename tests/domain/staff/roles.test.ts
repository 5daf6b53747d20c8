import { mayActFor, mayInvite, mayUnbind, type StaffRole } from '@/domain/staff'

const seat = (role: StaffRole, storeId = 'a', active = true) => ({ role, storeId, active })

test.each([
  ['no seat', null, {}, false],
  ['an unbound 店员', seat('staff', 'a', false), {}, false],
  ['an unbound admin', seat('admin', 'a', false), {}, false],
  ['a 店员 at the till', seat('staff'), {}, true],
  ['a 店员 for their store', seat('staff'), { storeId: 'a' }, true],
  ['a 店员 for another store', seat('staff'), { storeId: 'b' }, false],
  ['a 店员 where a 店长 is needed', seat('staff'), { role: 'manager' as const, storeId: 'a' }, false],
  ['a 店长 for their store', seat('manager'), { role: 'manager' as const, storeId: 'a' }, true],
  ['a 店长 for another store', seat('manager'), { role: 'manager' as const, storeId: 'b' }, false],
  ['a 店长 where an admin is needed', seat('manager'), { role: 'admin' as const }, false],
  ['an admin for any store', seat('admin'), { role: 'manager' as const, storeId: 'b' }, true],
])('%s → %s', (_name, s, need, expected) => {
  expect(mayActFor(s, need)).toBe(expected)
})

test.each([
  ['admin', 'staff', true],
  ['admin', 'manager', true],
  ['admin', 'admin', false],
  ['manager', 'staff', true],
  ['manager', 'manager', false],
  ['staff', 'staff', false],
] as const)('%s may invite %s: %s', (inviter, role, expected) => {
  expect(mayInvite(inviter, role)).toBe(expected)
})

test.each([
  ['admin', 'manager', true],
  ['admin', 'admin', false],
  ['manager', 'staff', true],
  ['manager', 'manager', false],
  ['staff', 'staff', false],
] as const)('%s may unbind %s: %s', (actor, target, expected) => {
  expect(mayUnbind(actor, target)).toBe(expected)
})
