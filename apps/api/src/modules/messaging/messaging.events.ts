/** Raised once a message has committed: both people's open pages fetch it. */
export interface MessageSent {
  conversationId: string;
  messageId: string;
  senderId: string;
  recipientId: string;
}

declare module '../../common/events/domain-events' {
  interface DomainEventMap {
    'message.sent': MessageSent;
  }
}
