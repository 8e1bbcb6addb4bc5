import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type http from 'node:http';
import { readFromPrimary } from '../db/read-routing';
import { MAX_UPLOAD_BODY_BYTES } from '../modules/document-io/upload';

const json = (status: number, message: string, extensions: Record<string, unknown>) => ({
  status,
  body: { errors: [{ message, extensions }] },
});

/** What a failed request outside GraphQL execution answers, in the GraphQL error shape. */
function describe(request: FastifyRequest, error: unknown) {
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    // Uploads have their own, larger limit (the multipart parser's).
    const limit = /^multipart\/form-data/i.test(request.headers['content-type'] ?? '')
      ? MAX_UPLOAD_BODY_BYTES
      : (request.routeOptions.bodyLimit ?? 0);
    return json(413, `Yêu cầu vượt quá ${limit} byte.`, { code: 'PAYLOAD_TOO_LARGE' });
  }
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    const { code, field, http: head } = error.extensions as { code: string; field?: string; http?: { status?: number } };
    const status = head?.status ?? (code === 'FORBIDDEN' ? 403 : code === 'UNAUTHENTICATED' ? 401 : 400);
    return json(status, error.message, { code, ...(field ? { field } : {}) });
  }
  // Unreadable JSON, an unsupported content type and the like: the client's mistake, said in its terms.
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return json(fastifyError.statusCode, 'Nội dung yêu cầu không hợp lệ (cần JSON).', { code: 'BAD_REQUEST' });
  }
  request.log.error({ err: error }, 'internal error');
  return json(500, 'Lỗi máy chủ.', { code: 'INTERNAL_SERVER_ERROR', requestId: request.id });
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = describe(request, error);
  return reply.code(status).send(body);
}

/** For routes that write to the raw response themselves. */
export function sendRouteError(request: FastifyRequest, res: http.ServerResponse, error: unknown) {
  const { status, body } = describe(request, error);
  if (res.headersSent) return res.end();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/** A mutation's request reads from the primary from then on (see db/read-routing.ts). */
export const primaryAfterWrite: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'mutation') readFromPrimary();
      },
    };
  },
};
