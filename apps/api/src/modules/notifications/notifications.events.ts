/** A notification was delivered to its person: tell their open pages. */
export interface NotificationDelivered {
  userId: string;
  id: string;
  unreadCount: number;
}

/** A person read notifications: their other tabs and devices update their count. */
export interface NotificationsRead {
  userId: string;
  unreadCount: number;
}

declare module '../../common/events/domain-events' {
  interface DomainEventMap {
    'notification.delivered': NotificationDelivered;
    'notifications.read': NotificationsRead;
  }
}
