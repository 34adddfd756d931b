import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { BlockPage, BlockRequest, PageQuery } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { BlocksService } from './blocks.service';

class BlockDto extends createZodDto(BlockRequest) {}
class BlockPageDto extends createZodDto(BlockPage) {}
class BlockPageQueryDto extends createZodDto(PageQuery) {}

@ApiTags('blocks')
@ApiBearerAuth()
@Controller()
export class BlocksController {
  constructor(private readonly blocks: BlocksService) {}

  @Post('blocks')
  @HttpCode(204)
  async block(@CurrentUser() user: AuthUser, @Body() body: BlockDto): Promise<void> {
    await this.blocks.block(user, body.handle);
  }

  @Delete('blocks/:handle')
  @HttpCode(204)
  async unblock(@CurrentUser() user: AuthUser, @Param('handle') handle: string): Promise<void> {
    await this.blocks.unblock(user, handle.toLowerCase());
  }

  @Get('me/blocks')
  @ZodResponse({
    status: 200,
    type: BlockPageDto,
    description: 'The people you blocked, newest first; only you see this',
  })
  blocked(@CurrentUser() user: AuthUser, @Query() query: BlockPageQueryDto): Promise<BlockPage> {
    return this.blocks.pageOf(user, query);
  }
}
