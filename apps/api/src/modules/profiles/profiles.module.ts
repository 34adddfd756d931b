import { Module } from '@nestjs/common';

/** People's profiles, their directory and avatars. */
@Module({})
export class ProfilesModule {}
