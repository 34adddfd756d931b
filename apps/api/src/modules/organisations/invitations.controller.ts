import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { Invitation, InvitationList, InviteRequest, Organisation } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { z } from 'zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { InvitationsService } from './invitations.service';
import { InviteBodyPipe } from './invite-body.pipe';
import { organisationErrors } from './organisations.errors';

/** A union of two shapes, so a DTO value rather than a class, for OpenAPI; `InviteBodyPipe` validates. */
// The request is a union, which a class cannot extend; naming the DTO keeps OpenAPI from
// listing it under the library's own class name.
const InviteDto = Object.defineProperty(createZodDto(InviteRequest), 'name', { value: 'InviteDto' });
class InvitationDto extends createZodDto(Invitation) {}
class InvitationListDto extends createZodDto(InvitationList) {}
class OrganisationDto extends createZodDto(Organisation) {}

const invitationId = () =>
  new ParseUUIDPipe({ exceptionFactory: () => organisationErrors.invitationNotFound() });

@ApiTags('organisations')
@ApiBearerAuth()
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @RequireVerifiedEmail()
  @Post('organisations/:slug/invitations')
  @ApiBody({ type: InviteDto })
  @ZodResponse({ status: 201, type: InvitationDto, description: 'Invited and mailed (owners and admins)' })
  invite(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Body(InviteBodyPipe) body: z.output<typeof InviteRequest>,
  ): Promise<Invitation> {
    return this.invitations.invite(slug, user, body);
  }

  @Get('organisations/:slug/invitations')
  @ZodResponse({
    status: 200,
    type: InvitationListDto,
    description: 'Pending invitations (owners and admins)',
  })
  async listPending(@CurrentUser() user: AuthUser, @Param('slug') slug: string): Promise<InvitationList> {
    return { items: await this.invitations.listPending(slug, user) };
  }

  @Delete('organisations/:slug/invitations/:id')
  @HttpCode(204)
  async revoke(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Param('id', invitationId()) id: string,
  ): Promise<void> {
    await this.invitations.revoke(slug, user, id);
  }

  @Get('me/invitations')
  @ZodResponse({
    status: 200,
    type: InvitationListDto,
    description: 'Pending invitations for the signed-in person',
  })
  async listMine(@CurrentUser() user: AuthUser): Promise<InvitationList> {
    return { items: await this.invitations.listMine(user) };
  }

  @Post('invitations/:id/accept')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: OrganisationDto, description: 'Joined with the invited role' })
  accept(@CurrentUser() user: AuthUser, @Param('id', invitationId()) id: string): Promise<Organisation> {
    return this.invitations.accept(id, user);
  }

  @Post('invitations/:id/decline')
  @HttpCode(204)
  async decline(@CurrentUser() user: AuthUser, @Param('id', invitationId()) id: string): Promise<void> {
    await this.invitations.decline(id, user);
  }
}
