import SigninScreen from '../../screen'
export default SigninScreen
