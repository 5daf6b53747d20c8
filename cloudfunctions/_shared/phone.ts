/**
 * The phone number behind a getPhoneNumber button's code. In CloudBase the function
 * exchanges it through the phone-number open API; in local mode a simulated code
 * ('sim-…', made by the H5 build) stands for a fake but stable number.
 */
import { createHash } from 'node:crypto'
import cloud from 'wx-server-sdk'
import { ActionError } from './action-error'
import { isLocalCloud } from './platform'

export async function phoneFromCode(code: string): Promise<string> {
  if (isLocalCloud()) {
    if (!code.startsWith('sim-')) throw new ActionError('MEMBER.PHONE_FAILED', '获取手机号失败，请重试')
    const digits = BigInt('0x' + createHash('sha256').update(code).digest('hex').slice(0, 12)) % 100_000_000n
    return `138${digits.toString().padStart(8, '0')}`
  }
  try {
    const reply = (await cloud.openapi.phonenumber.getPhoneNumber({ code })) as { phoneInfo?: { purePhoneNumber?: string } }
    const phone = reply.phoneInfo?.purePhoneNumber
    if (!phone) throw new Error('no phone in reply')
    return phone
  } catch (e) {
    console.error('getPhoneNumber failed', e)
    throw new ActionError('MEMBER.PHONE_FAILED', '获取手机号失败，请重试')
  }
}
