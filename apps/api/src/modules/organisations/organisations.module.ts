import { Module } from '@nestjs/common';

/** Organisations, their members, roles and invitations. */
@Module({})
export class OrganisationsModule {}
