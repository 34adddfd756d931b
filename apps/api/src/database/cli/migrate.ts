import { runWithDatabase } from './run-with-database';

void runWithDatabase(async () => undefined);
