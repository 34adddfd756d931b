import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Conversation,
  ConversationPage,
  MarkConversationReadRequest,
  Message,
  MessagePage,
  MessageQuery,
  PageQuery,
  SendMessageRequest,
  StartConversationRequest,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { ConversationsService } from './conversations.service';

class PageQueryDto extends createZodDto(PageQuery) {}
class StartConversationDto extends createZodDto(StartConversationRequest) {}
class MessageQueryDto extends createZodDto(MessageQuery) {}
class SendMessageDto extends createZodDto(SendMessageRequest) {}
class MarkReadDto extends createZodDto(MarkConversationReadRequest) {}
class ConversationResponse extends createZodDto(Conversation) {}
class ConversationPageResponse extends createZodDto(ConversationPage) {}
class MessageResponse extends createZodDto(Message) {}
class MessagePageResponse extends createZodDto(MessagePage) {}

@ApiTags('contact')
@ApiBearerAuth()
@Controller('conversations')
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get()
  @ZodResponse({
    status: 200,
    type: ConversationPageResponse,
    description: "The person's conversations, latest activity first",
  })
  page(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<ConversationPage> {
    return this.conversations.page(user, query);
  }

  @RequireVerifiedEmail()
  @Post()
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: ConversationResponse,
    description:
      'The conversation with a person who accepted a request (either way) or shares an organisation',
  })
  start(@CurrentUser() user: AuthUser, @Body() body: StartConversationDto): Promise<Conversation> {
    return this.conversations.start(user, body.handle);
  }

  @Get(':id')
  @ZodResponse({ status: 200, type: ConversationResponse, description: 'One of the person’s conversations' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<Conversation> {
    return this.conversations.get(user, id);
  }

  @Get(':id/messages')
  @ZodResponse({
    status: 200,
    type: MessagePageResponse,
    description: 'Newest first (`before` pages back), or with `after` what came since, oldest first',
  })
  messages(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query() query: MessageQueryDto,
  ): Promise<MessagePage> {
    return this.conversations.messages(user, id, query);
  }

  @RequireVerifiedEmail()
  @Post(':id/messages')
  @ZodResponse({
    status: 201,
    type: MessageResponse,
    description: 'Sent; both sides’ open pages are told live',
  })
  send(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: SendMessageDto,
  ): Promise<Message> {
    return this.conversations.send(user, id, body.body);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ConversationResponse, description: 'Read up to `upTo`, or all of it' })
  markRead(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: MarkReadDto,
  ): Promise<Conversation> {
    return this.conversations.markRead(user, id, body.upTo);
  }
}
