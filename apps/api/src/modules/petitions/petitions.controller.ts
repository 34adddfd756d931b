import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CaseDraft,
  ConfirmSignatureRequest,
  ConfirmSignatureResult,
  CreatePetitionRequest,
  DeliverPetitionRequest,
  MemberSignRequest,
  PageQuery,
  Petition,
  PetitionListQuery,
  PetitionPage,
  ShownSignaturePage,
  SignatureAccepted,
  UpdatePetitionRequest,
  VisitorSignRequest,
} from '@open-spaces/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { localeFromAcceptLanguage } from '../accounts/accept-language';
import { PetitionCaseService } from './petition-case.service';
import { PetitionPublishingService } from './petition-publishing.service';
import { PetitionSignaturesService } from './petition-signatures.service';
import { PetitionsService } from './petitions.service';

class CreatePetitionDto extends createZodDto(CreatePetitionRequest) {}
class UpdatePetitionDto extends createZodDto(UpdatePetitionRequest) {}
class DeliverPetitionDto extends createZodDto(DeliverPetitionRequest) {}
class PetitionListQueryDto extends createZodDto(PetitionListQuery) {}
class MemberSignDto extends createZodDto(MemberSignRequest) {}
class VisitorSignDto extends createZodDto(VisitorSignRequest) {}
class ConfirmSignatureDto extends createZodDto(ConfirmSignatureRequest) {}
class PageQueryDto extends createZodDto(PageQuery) {}
class PetitionDto extends createZodDto(Petition) {}
class CaseDraftDto extends createZodDto(CaseDraft) {}
class PetitionPageDto extends createZodDto(PetitionPage) {}
class ShownSignaturePageDto extends createZodDto(ShownSignaturePage) {}
class SignatureAcceptedDto extends createZodDto(SignatureAccepted) {}
class ConfirmSignatureResultDto extends createZodDto(ConfirmSignatureResult) {}

@ApiTags('petitions')
@Controller('petitions')
export class PetitionsController {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly signatures: PetitionSignaturesService,
    private readonly publishing: PetitionPublishingService,
    private readonly cases: PetitionCaseService,
  ) {}

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post()
  @ZodResponse({ status: 201, type: PetitionDto, description: 'A draft, as a person or an organisation' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePetitionDto): Promise<Petition> {
    return this.petitions.create(user, body);
  }

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: PetitionPageDto,
    description: 'Opened petitions newest first that the viewer may see (or, with mine, the viewer’s own)',
  })
  list(@Viewer() viewer: AuthUser | undefined, @Query() query: PetitionListQueryDto): Promise<PetitionPage> {
    return this.petitions.list(viewer, query);
  }

  @Public()
  @Get('feed.atom')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'New petitions as Atom', schema: { type: 'string' } })
  feedAtom(): Promise<string> {
    return this.publishing.feed('atom');
  }

  @Public()
  @Get('feed.rss')
  @Header('content-type', 'application/rss+xml; charset=utf-8')
  @ApiProduces('application/rss+xml')
  @ApiOkResponse({ description: 'New petitions as RSS 2.0', schema: { type: 'string' } })
  feedRss(): Promise<string> {
    return this.publishing.feed('rss');
  }

  @Public()
  @Post('signatures/confirm')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ConfirmSignatureResultDto, description: 'A visitor’s signature counts' })
  confirm(@Body() body: ConfirmSignatureDto): Promise<ConfirmSignatureResult> {
    return this.signatures.confirm(body.token);
  }

  @Public()
  @Get(':id.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The petition’s deadline as iCalendar', schema: { type: 'string' } })
  async ics(
    @Viewer() viewer: AuthUser | undefined,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.publishing.deadlineCalendar(id, viewer);
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="petition-${id}.ics"`);
    return body;
  }

  @Public()
  @Get(':id')
  @ZodResponse({ status: 200, type: PetitionDto, description: 'The petition, if the viewer may see it' })
  get(@Viewer() viewer: AuthUser | undefined, @Param('id') id: string): Promise<Petition> {
    return this.petitions.get(id, viewer);
  }

  @ApiBearerAuth()
  @Patch(':id')
  @ZodResponse({ status: 200, type: PetitionDto, description: 'A draft changed by its authors' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: UpdatePetitionDto,
  ): Promise<Petition> {
    return this.petitions.update(id, user, body);
  }

  @ApiBearerAuth()
  @Post(':id/open')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: PetitionDto, description: 'Opened for signatures' })
  open(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<Petition> {
    return this.petitions.open(id, user);
  }

  @ApiBearerAuth()
  @Post(':id/close')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: PetitionDto, description: 'Closed before its deadline by its authors' })
  close(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<Petition> {
    return this.petitions.close(id, user);
  }

  @ApiBearerAuth()
  @Post(':id/response')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: PetitionDto, description: 'Delivered, with the addressee’s response' })
  deliver(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: DeliverPetitionDto,
  ): Promise<Petition> {
    return this.petitions.deliver(id, user, body);
  }

  @ApiBearerAuth()
  @Post(':id/case')
  @ZodResponse({
    status: 201,
    type: CaseDraftDto,
    description: 'A closed or delivered petition written up as a submitted case, for its author to complete',
  })
  draftCase(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<CaseDraft> {
    return this.cases.draft(id, user);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Put(':id/signature')
  @ZodResponse({
    status: 200,
    type: PetitionDto,
    description: 'Signed by the member; again, nothing changes',
  })
  sign(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: MemberSignDto,
  ): Promise<Petition> {
    return this.signatures.signAsMember(id, user, body);
  }

  @Public()
  @Post(':id/signatures')
  @HttpCode(202)
  @ZodResponse({
    status: 202,
    type: SignatureAcceptedDto,
    description: 'A visitor’s signature: it counts once confirmed by the mailed link. Always the same answer',
  })
  async signAsVisitor(
    @Param('id') id: string,
    @Body() body: VisitorSignDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<SignatureAccepted> {
    await this.signatures.signAsVisitor(
      id,
      body,
      request.ip ?? null,
      localeFromAcceptLanguage(acceptLanguage),
    );
    return { status: 'accepted' };
  }

  @Public()
  @Get(':id/signatures')
  @ZodResponse({ status: 200, type: ShownSignaturePageDto, description: 'Signers who chose to be named' })
  shown(
    @Viewer() viewer: AuthUser | undefined,
    @Param('id') id: string,
    @Query() query: PageQueryDto,
  ): Promise<ShownSignaturePage> {
    return this.signatures.shown(id, viewer, query);
  }

  @ApiBearerAuth()
  @Get(':id/signatures.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'For its authors: the signatures with only what each signer shared',
    schema: { type: 'string' },
  })
  async exportCsv(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.signatures.exportCsv(id, user);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="signatures-${id}.csv"`);
    return body;
  }
}
