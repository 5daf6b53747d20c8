/** The browser has no subscribe messages: the local cloud's outbox stands in, so consent is implied. */
export async function requestReminderConsent(_templateId: string): Promise<boolean> {
  return true
}
