import { callCloud } from '@/lib/cloud'

/** Silent: polled while the member code shows; a failed poll just waits for the next. */
export const getCodeStatus = (code: string) => callCloud('member', 'codeStatus', { code }, { silent: true })
