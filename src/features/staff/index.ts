/** Staff: the till workspace, the numbers, invites and joining. Pages import the screens. */
export { default as WorkspaceScreen } from './screens/workspace-screen'
export { default as NumbersScreen } from './screens/numbers-screen'
export { default as InviteScreen } from './screens/invite-screen'
export { default as JoinScreen } from './screens/join-screen'
export { default as ShipScreen } from './screens/ship-screen'
export { staffRoutes } from './routes'
