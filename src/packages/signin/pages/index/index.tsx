import SigninScreen from '@/features/signin/screens/signin-screen'
export default SigninScreen
