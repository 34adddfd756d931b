import { Global, Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier';

/**
 * Notifications: the signed-in person's list and preferences, and `Notifier`, with which
 * any module tells a person something in the transaction of its change.
 */
@Global()
@Module({
  imports: [MailModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, Notifier],
  exports: [Notifier],
})
export class NotificationsModule {}
