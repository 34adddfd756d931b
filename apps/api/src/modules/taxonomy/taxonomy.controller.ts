import { Body, Controller, Get, Headers, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotModifiedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CreateTopicRequest, Taxonomy, Topic, UpdateTopicRequest } from '@open-spaces/contracts';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { matchesEtag, TaxonomyService } from './taxonomy.service';

class TaxonomyDto extends createZodDto(Taxonomy) {}
class TopicDto extends createZodDto(Topic) {}
class CreateTopicDto extends createZodDto(CreateTopicRequest) {}
class UpdateTopicDto extends createZodDto(UpdateTopicRequest) {}

@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  /** Sent as prepared JSON with its ETag: the same bytes for everyone until topics change. */
  @Public()
  @Get()
  @ApiOkResponse({
    type: TaxonomyDto,
    description: 'Topics, countries, languages and the offers/needs vocabulary',
  })
  @ApiNotModifiedResponse({ description: 'The client already has this version (If-None-Match)' })
  async get(
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const snapshot = await this.taxonomy.current();
    reply.header('cache-control', 'public, max-age=300').header('etag', snapshot.etag);
    if (matchesEtag(ifNoneMatch, snapshot.etag)) {
      await reply.status(304).send();
      return;
    }
    await reply.type('application/json; charset=utf-8').send(snapshot.json);
  }

  @ApiBearerAuth()
  @Post('topics')
  @ZodResponse({ status: 201, type: TopicDto, description: 'The topic was added (site admins only)' })
  createTopic(@CurrentUser() user: AuthUser, @Body() body: CreateTopicDto): Promise<Topic> {
    return this.taxonomy.createTopic(user, body);
  }

  @ApiBearerAuth()
  @Patch('topics/:slug')
  @ZodResponse({ status: 200, type: TopicDto, description: 'The topic was renamed, retired or brought back' })
  updateTopic(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Body() body: UpdateTopicDto,
  ): Promise<Topic> {
    return this.taxonomy.updateTopic(user, slug, body);
  }
}
