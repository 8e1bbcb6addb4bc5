import http from 'node:http';
import { Pool } from 'pg';

/**
 * PostGraphile 4 (a development dependency, with its own graphql 15) on the same database, with its
 * defaults for a read-only API: the comparison the issue asks for. No row security is applied, so it
 * does strictly less work per request than our API.
 */
export function startPostGraphile(pool: Pool, port: number): Promise<http.Server> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { postgraphile } = require('postgraphile') as {
    postgraphile: (pool: Pool, schema: string, options: object) => http.RequestListener;
  };
  const middleware = postgraphile(pool, 'public', {
    disableDefaultMutations: true,
    dynamicJson: true,
    disableQueryLog: true,
    retryOnInitFail: false,
    graphqlRoute: '/graphql',
  });
  const server = http.createServer(middleware);
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  void startPostGraphile(new Pool({ connectionString: process.env.DATABASE_URL!, max: 10 }), Number(process.env.PORT)).then(() =>
    process.send?.('ready'),
  );
}
