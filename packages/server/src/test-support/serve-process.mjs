// The real server as its own process, for tests that must kill it (crash safety). Runs the built
// package (npm test builds first); the database comes from the environment the test sets.
import { startServer } from '../../dist/index.js';

const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir: process.env.TEST_DATA_DIR,
  databaseUrl: process.env.TEST_DATABASE_URL || undefined,
  schema: process.env.TEST_SCHEMA || undefined,
  logLevel: 'warn',
});
process.stdout.write(`LISTENING ${server.url}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
