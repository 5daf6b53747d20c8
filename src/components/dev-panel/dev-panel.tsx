// Default for tsc/jest and any platform without its own file: no dev panel.
export { DevPanel } from './dev-panel.weapp'
