/**
 * Messages that would leave the cloud (subscribe messages). In local mode they are kept
 * here, visible at `GET /__dev/outbox`, so reminders can be seen and tested.
 */
export interface OutboxMessage {
  kind: 'subscribeMessage'
  to: string
  templateId: string
  page?: string
  data: unknown
  at: string
}

export class Outbox {
  private readonly messages: OutboxMessage[] = []

  add(message: Omit<OutboxMessage, 'at'>): void {
    this.messages.push({ ...message, at: new Date().toISOString() })
    if (this.messages.length > 1000) this.messages.shift()
  }

  list(): OutboxMessage[] {
    return [...this.messages]
  }
}
