import { GraphQLError, type GraphQLFormattedError } from 'graphql';

const known = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_LIMIT_EXCEEDED',
]);

/**
 * What leaves the server: domain and validation errors as they are (with the offending field),
 * anything else replaced by a generic message so no SQL or stack trace reaches a client.
 */
/** Errors the client sees only as a generic server error (and the log records in full). */
export const isMasked = (code: unknown) => typeof code !== 'string' || !known.has(code);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Apollo files every validation rule's error under GRAPHQL_VALIDATION_FAILED; a rule that named its own code keeps it.
  const ruleCode =
    formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
    error instanceof GraphQLError &&
    error.originalError instanceof GraphQLError
      ? error.originalError.extensions.code
      : undefined;
  if (ruleCode) formatted = { ...formatted, extensions: { ...formatted.extensions, code: ruleCode } };
  const code = formatted.extensions?.code as string | undefined;
  // Field-name suggestions would hand out the schema's names even with introspection off.
  if (/Did you mean /.test(formatted.message)) formatted = { ...formatted, message: formatted.message.replace(/ ?Did you mean .+\?/, '') };
  if (!isMasked(code)) {
    // Input coercion errors name the variable and, for nested input, the path inside it.
    const variable = /Variable "\$(\w+)"(?: got invalid value .*? at "([^"]+)")?/.exec(formatted.message);
    const field = formatted.extensions?.field ?? (variable ? (variable[2] ?? variable[1]) : undefined);
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      extensions: { ...(process.env.NODE_ENV === 'development' ? { stacktrace } : {}), ...extensions, ...(field ? { field } : {}) },
    };
  }
  if (process.env.NODE_ENV === 'development') return formatted;
  return { message: 'Lỗi máy chủ, yêu cầu chưa được thực hiện.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
