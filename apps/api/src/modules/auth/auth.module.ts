import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUTHENTICATOR } from '../../common/auth/auth.guard';
import { AccountsModule } from '../accounts/accounts.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { RefreshToken } from './entities/refresh-token.entity';
import { Session } from './entities/session.entity';
import { MeSecurityController } from './me-security.controller';
import { SessionsRepository } from './sessions.repository';

@Module({
  imports: [TypeOrmModule.forFeature([Session, RefreshToken]), AccountsModule, RateLimitModule],
  controllers: [AuthController, MeSecurityController],
  providers: [AuthService, SessionsRepository, { provide: AUTHENTICATOR, useExisting: AuthService }],
  exports: [AuthService, AUTHENTICATOR],
})
export class AuthModule {}
