import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createApp, flushLog } from './create-app';
import { migrate, openDatabase, withDataSource } from './database/database';
import { seedDemoData } from './database/seed/demo-seed';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, say);
  let stopping = false;
  const stopDatabase = async () => {
    if (database.embedded) say('Stopping embedded PostgreSQL');
    await database.stop();
  };
  try {
    const applied = await migrate(database.url);
    if (applied.length > 0) say(`Applied migrations: ${applied.join(', ')}`);
    if (config.seedDemoData) {
      const signIns = await withDataSource(database.url, seedDemoData);
      if (signIns) {
        say('Seeded demo data. Demo sign-ins:');
        for (const signIn of signIns) say(`  ${signIn.role.padEnd(9)} ${signIn.email} / ${signIn.password}`);
      }
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const app = await createApp(config, database.url);
  // Nest's own shutdown hooks are replaced by ours so the database stops last.
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`Received ${signal}; finishing requests in flight`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    // The HTTP server first: it stops accepting and waits for requests in flight, which
    // still need the database. Nest's own close would end the database pool first.
    // Keep-alive connections whose last request finished after the signal are closed as
    // they fall idle, or a client holding them open would stall the shutdown.
    const server = app.getHttpServer();
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    await app.getHttpAdapter().getInstance().close();
    clearInterval(sweep);
    await app.close();
    await stopDatabase();
    // Log lines are written without blocking; the last ones go out before the final word.
    flushLog();
    say('Stopped.');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }
  await app.listen({ port: config.port, host: config.host });
  const docs = config.apiDocsEnabled ? `  (API docs: ${config.publicUrl}/api/docs)` : '';
  say(`Open Spaces is ready at ${config.publicUrl}${docs}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Open Spaces failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
