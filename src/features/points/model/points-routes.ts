/** Pages of the points subpackage (the centre itself is `routes.points` in lib/routes). */
export const pointsRoutes = {
  mall: '/packages/points/pages/mall/index',
  mallItem: (id: string) => `/packages/points/pages/mall-item/index?id=${encodeURIComponent(id)}`,
  records: '/packages/points/pages/records/index',
} as const
