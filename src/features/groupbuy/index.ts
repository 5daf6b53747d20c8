/** Group-buy chains (社群接龙): page screens, and the home page's entry component. */
export { default as ChainScreen } from './screens/chain-screen'
export { default as LeaderScreen } from './screens/leader-screen'
export { default as PicklistScreen } from './screens/picklist-screen'
export { default as TeamScreen } from './screens/team-screen'
export { GroupbuyEntry } from './components/groupbuy-entry'
export { groupbuyRoutes, teamRoutes } from './routes'
