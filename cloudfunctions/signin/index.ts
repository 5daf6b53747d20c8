/** Cloud function `signin`: daily sign-in with streaks, a reward cycle, make-ups and a reminder. */
import { signinContracts } from '@/contracts/signin'
import { defineFunction } from '../_shared/define-function'
import { checkin } from './checkin'
import { makeupDay } from './makeup'
import { setReminder } from './reminder'
import { remindToSign } from './remind'
import { signinStatus } from './status'

export const main = defineFunction({
  contracts: signinContracts,
  handlers: {
    status: signinStatus,
    checkin,
    makeup: makeupDay,
    reminder: setReminder,
  },
  timers: { remind: remindToSign },
})
