/** Daily sign-in (每日签到): the page screen. */
export { default as SigninScreen } from './screens/signin-screen'
