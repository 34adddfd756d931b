import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { FILE_STORAGE, LocalFileStorage, mediaRoot } from './storage';

@Global()
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStorage(mediaRoot(config.dataDir)),
    },
  ],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
