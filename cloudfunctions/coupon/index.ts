/** Cloud function `coupon`: the claim centre, the wallet, checkout choice and in-store redemption. */
import { couponContracts } from '@/contracts/coupon'
import { defineFunction } from '../_shared/define-function'
import { applicable } from './applicable'
import { birthdayGifts } from './birthday'
import { center } from './center'
import { claim } from './claim'
import { couponCode } from './code'
import { products } from './products'
import { redeem } from './redeem'
import { gift } from './gift'
import { push } from './push'
import { expireCoupons, releaseLocks } from './timers'
import { detail, wallet } from './wallet'

export const main = defineFunction({
  contracts: couponContracts,
  handlers: { center, claim, wallet, detail, code: couponCode, applicable, products, redeem, gift, push },
  timers: { expireCoupons, releaseLocks, birthdayGifts },
})
