import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { AccountTokensRepository } from './account-tokens.repository';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AccountToken } from './entities/account-token.entity';
import { User } from './entities/user.entity';
import { UsersRepository } from './users.repository';

@Module({
  imports: [TypeOrmModule.forFeature([User, AccountToken]), MailModule, RateLimitModule],
  controllers: [AccountsController],
  providers: [AccountsService, UsersRepository, AccountTokensRepository],
  exports: [AccountsService, UsersRepository],
})
export class AccountsModule {}
