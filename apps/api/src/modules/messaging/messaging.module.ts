import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { ContactRequestsController } from './contact-requests.controller';
import { ContactRequestsRepository } from './contact-requests.repository';
import { ContactRequestsService } from './contact-requests.service';
import { ConversationsController } from './conversations.controller';
import { ConversationsRepository } from './conversations.repository';
import { ConversationsService } from './conversations.service';

/** Contact requests by consent and the conversations (direct messages) they open. */
@Module({
  imports: [RateLimitModule],
  controllers: [ContactRequestsController, ConversationsController],
  providers: [
    ContactRequestsService,
    ContactRequestsRepository,
    ConversationsService,
    ConversationsRepository,
  ],
})
export class MessagingModule {}
