import { Global, Module } from '@nestjs/common';
import { ModerationTargets } from './moderation-targets';

/** The registry every reportable module adds its ModerationTarget to. */
@Global()
@Module({ providers: [ModerationTargets], exports: [ModerationTargets] })
export class ModerationTargetsModule {}
