/** Cloud function `member`: joining, the card, the profile and the member code. */
import { memberContracts } from '@/contracts/member'
import { defineFunction } from '../_shared/define-function'
import { campaignBanners } from './campaign-banners'
import { memberCard } from './card'
import { memberCode } from './code'
import { memberCodeStatus } from './code-status'
import { joinMember } from './join'
import { getProfile, updateProfile } from './profile'
import { verifyCode } from './verify-code'
import { visit } from './visit'
import { purgeRecords } from './retention'
import { runYearlyReview } from './yearly-review'

export const main = defineFunction({
  contracts: memberContracts,
  handlers: {
    join: joinMember,
    visit,
    card: memberCard,
    'profile.get': getProfile,
    'profile.update': updateProfile,
    code: memberCode,
    codeStatus: memberCodeStatus,
    verifyCode,
    campaigns: campaignBanners,
  },
  timers: { yearlyReview: runYearlyReview, purgeRecords },
})
