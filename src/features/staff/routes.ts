/** The staff subpackage's pages. */
export const staffRoutes = {
  workspace: '/packages/staff/pages/index/index',
  numbers: '/packages/staff/pages/numbers/index',
  invite: '/packages/staff/pages/invite/index',
  join: '/packages/staff/pages/join/index',
  ship: '/packages/staff/pages/ship/index',
} as const
