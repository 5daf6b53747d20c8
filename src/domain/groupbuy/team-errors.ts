import { err, type Err } from '../result'

/** Stable codes of team buys (拼团), with the message the member sees. */
export const TEAM_ERRORS = {
  OFFER_NOT_FOUND: { code: 'GROUPBUY.TEAM_OFFER_NOT_FOUND', message: '拼团活动不存在或已结束' },
  NOT_FOUND: { code: 'GROUPBUY.TEAM_NOT_FOUND', message: '该团不存在' },
  FULL: { code: 'GROUPBUY.TEAM_FULL', message: '该团已满，开一个新团吧' },
  CLOSED: { code: 'GROUPBUY.TEAM_CLOSED', message: '该团已结束，开一个新团吧' },
  ALREADY_IN: { code: 'GROUPBUY.TEAM_ALREADY_IN', message: '您已参加该团' },
  BAD_QUANTITY: { code: 'GROUPBUY.TEAM_BAD_QUANTITY', message: '购买数量不正确' },
  BAD_STORE: { code: 'GROUPBUY.TEAM_BAD_STORE', message: '该门店不参加此拼团' },
} as const

export type TeamErrorKey = keyof typeof TEAM_ERRORS
export const teamError = (key: TeamErrorKey): Err => err(TEAM_ERRORS[key].code, TEAM_ERRORS[key].message)
