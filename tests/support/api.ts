import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { stripVTControlCharacters } from 'node:util';
import { expect, inject } from 'vitest';
import { startApp, type AppOptions } from '../../server/src/app';
import { openOrm } from '../../server/src/db/orm';

export interface GraphQLResult<TData> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
  /** The HTTP status of the response. */
  status: number;
}

export interface Api {
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  request: <TData = Record<string, unknown>, TVars = Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars> | string,
    variables?: TVars,
    token?: string,
  ) => Promise<GraphQLResult<TData>>;
  /** Signs in (demo password by default) and returns the bearer token. */
  login: (username: string, password?: string) => Promise<string>;
  stop: () => Promise<void>;
}

/**
 * The real HTTP server on a free port, with its own ORM on the run's database (see global-setup.ts).
 * `onQuery` sees every SQL statement (MikroORM's log line, `[query] select …`), for tests that count round trips;
 * colour codes, which MikroORM adds unless NO_COLOR is set, are stripped.
 */
export async function startApi(
  options: { onQuery?: (sql: string) => void; as?: string; clock?: () => Date; databaseUrl?: string; app?: AppOptions } = {},
): Promise<Api> {
  const { onQuery } = options;
  const orm = await openOrm({
    databaseUrl: options.databaseUrl ?? inject('databaseUrl'),
    onQuery: onQuery && ((message) => onQuery(stripVTControlCharacters(message))),
  });
  const app = await startApp(orm, { clock: options.clock, ...options.app });
  let defaultToken: string | undefined;
  const api: Api = {
    url: app.url,
    async request(document, variables, token = defaultToken) {
      const response = await fetch(app.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
      });
      const text = await response.text();
      let body: { data?: never; errors?: GraphQLFormattedError[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(`response ${response.status} is not JSON: ${text.slice(0, 500)}`);
      }
      return { data: body.data, errors: body.errors, status: response.status };
    },
    async login(username, password = 'demo1234') {
      const result = await api.request<{ login: { token: string } }>(
        'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
        '',
      );
      if (!result.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async stop() {
      await app.stop();
      await orm.close();
    },
  };
  /** Requests go out as this user unless a test passes another token ('' for anonymous). */
  if (options.as) defaultToken = await api.login(options.as);
  return api;
}

/** Asserts that `result` carries an error with `extensions.code` (and `extensions.field`, when given). */
export function expectError(result: { errors?: readonly GraphQLFormattedError[] }, code: string, field?: string): GraphQLFormattedError {
  const found = result.errors?.find((e) => e.extensions?.code === code && (field === undefined || e.extensions?.field === field));
  expect(
    found,
    `expected an error ${code}${field ? ` on field ${field}` : ''}, got ${JSON.stringify(result.errors ?? null)}`,
  ).toBeDefined();
  return found!;
}

/** The same server, with requests going out as the holder of `token` unless a call passes another. */
export const withToken = (api: Api, token: string): Api => ({
  ...api,
  request: (document, variables, override) => api.request(document, variables, override ?? token),
});
