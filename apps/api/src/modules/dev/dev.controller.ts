import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OutboxList, OutboxQuery } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/auth/public.decorator';
import { MailService } from '../mail/mail.service';

class OutboxQueryDto extends createZodDto(OutboxQuery) {}
class OutboxListDto extends createZodDto(OutboxList) {}

/** Development helpers; this controller is not mounted in production. */
@ApiTags('development')
@Controller('dev')
export class DevController {
  constructor(private readonly mail: MailService) {}

  @Public()
  @Get('mail')
  @ZodResponse({ status: 200, type: OutboxListDto, description: 'Recent mails in the outbox, newest first' })
  async mailOutbox(@Query() query: OutboxQueryDto): Promise<OutboxList> {
    const mails = await this.mail.recent(query.to, query.limit ?? 20);
    return {
      items: mails.map((mail) => ({
        id: mail.id,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.textBody,
        links: mail.links,
        headers: mail.headers,
        createdAt: mail.createdAt.toISOString(),
      })),
    };
  }
}
