import type http from 'node:http';
import type { Context } from '../context';
import { handleExport, isExportPath } from '../modules/budget/budget-export.route';
import { handleCalendar } from '../modules/calendar/calendar.route';
import { handleDocumentExport } from '../modules/document-io/export.route';

/** What a plain HTTP route gets: the parsed URL, its path parameters and the request's GraphQL-equivalent context. */
export interface RouteRequest {
  url: URL;
  params: Record<string, string>;
  /** Built on first call: the caller (from `Authorization`), the request's EntityManager, logger and request id. */
  context: () => Promise<Context>;
}

/**
 * A route writes its answer to `res` itself (streamed exports). Throwing a GraphQLError with a code answers it as
 * JSON in the GraphQL error shape; anything else is the server's 500, logged with the request id.
 */
export type RouteHandler = (request: RouteRequest, res: http.ServerResponse) => Promise<void>;

export interface Route {
  method: 'GET' | 'POST';
  /** A find-my-way path: `/export/:name`, `/calendar/:file`. */
  path: string;
  handler: RouteHandler;
}

const notFound = (res: http.ServerResponse) => {
  res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: 'Không tìm thấy.' }));
};

/** Every route besides /graphql and /admin: one line each. */
export const routes: Route[] = [
  {
    method: 'GET',
    path: '/export/:name',
    handler: async ({ url, context }, res) => (isExportPath(url.pathname) ? handleExport(res, url, context) : notFound(res)),
  },
  {
    method: 'GET',
    path: '/calendar/:file',
    handler: async ({ url, context }, res) => {
      const ctx = await context();
      await handleCalendar(res, url.pathname, ctx.em, ctx.clock);
    },
  },
  { method: 'GET', path: '/export/plans/:file', handler: ({ url, context }, res) => handleDocumentExport(res, url, context) },
  { method: 'GET', path: '/export/reports/:file', handler: ({ url, context }, res) => handleDocumentExport(res, url, context) },
];
