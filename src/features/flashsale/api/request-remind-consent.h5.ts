/** The browser has no subscribe messages: the local cloud's outbox stands in. */
export async function requestRemindConsent(_templateId: string): Promise<boolean> {
  return true
}
