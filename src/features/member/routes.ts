/** Pages of the member subpackage (tab pages are in '@/lib/routes'). */
export const memberRoutes = {
  profile: '/packages/member/pages/profile/index',
} as const
