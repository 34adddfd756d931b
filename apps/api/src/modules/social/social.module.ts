import { Module } from '@nestjs/common';

/** Follows of people, organisations and topics; blocks between people. */
@Module({})
export class SocialModule {}
