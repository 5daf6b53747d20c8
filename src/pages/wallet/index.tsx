import WalletScreen from '@/features/coupons/screens/wallet-screen'

export default WalletScreen
