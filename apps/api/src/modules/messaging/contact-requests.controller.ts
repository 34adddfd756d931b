import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  ContactRequest,
  ContactRequestPage,
  ContactRequestQuery,
  CreateContactRequest,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { ContactRequestsService } from './contact-requests.service';

class CreateContactRequestDto extends createZodDto(CreateContactRequest) {}
class ContactRequestQueryDto extends createZodDto(ContactRequestQuery) {}
class ContactRequestResponse extends createZodDto(ContactRequest) {}
class ContactRequestPageResponse extends createZodDto(ContactRequestPage) {}

@ApiTags('contact')
@ApiBearerAuth()
@Controller()
export class ContactRequestsController {
  constructor(private readonly requests: ContactRequestsService) {}

  @RequireVerifiedEmail()
  @Post('people/:handle/contact-requests')
  @ZodResponse({
    status: 201,
    type: ContactRequestResponse,
    description: 'Asked; the person accepts or declines. Limited per sender per day (429 with Retry-After)',
  })
  send(
    @CurrentUser() user: AuthUser,
    @Param('handle') handle: string,
    @Body() body: CreateContactRequestDto,
  ): Promise<ContactRequest> {
    return this.requests.send(user, handle, body);
  }

  @Get('contact-requests')
  @ZodResponse({
    status: 200,
    type: ContactRequestPageResponse,
    description: 'The requests the person received or sent, newest first',
  })
  page(@CurrentUser() user: AuthUser, @Query() query: ContactRequestQueryDto): Promise<ContactRequestPage> {
    return this.requests.page(user, query);
  }

  @Post('contact-requests/:id/accept')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: ContactRequestResponse,
    description: 'Accepted (recipient only): the conversation is open and the sender is told',
  })
  accept(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ContactRequest> {
    return this.requests.accept(user, id);
  }

  @Post('contact-requests/:id/decline')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ContactRequestResponse, description: 'Declined (recipient only)' })
  decline(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ContactRequest> {
    return this.requests.decline(user, id);
  }
}
