/** The one place the console talks HTTP: POST /graphql with the signed-in user's bearer token. */

const TOKEN_KEY = 'ttdn.token';

export const session = {
  token: () => localStorage.getItem(TOKEN_KEY),
  setToken: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string };
}

/** An error the API returned, with its Vietnamese message and `extensions.code`. */
export class ApiError extends Error {
  /** The token the refused request carried, so a late answer to a signed-out user's request is told apart. */
  token?: string | null;

  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field?: string,
    readonly status = 200,
  ) {
    super(message);
  }
}

export interface GraphQLResponse<T> {
  data: T | null;
  errors: GraphQLErrorShape[];
  token: string | null;
}

export async function post<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const token = session.token();
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL.replace(/admin\/$/, '')}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.', 'NETWORK', undefined, 0);
  }
  let body: { data?: T | null; errors?: GraphQLErrorShape[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`Máy chủ trả lời không hợp lệ (mã ${response.status}).`, 'BAD_RESPONSE', undefined, response.status);
  }
  return { data: body.data ?? null, errors: body.errors ?? [], token };
}

/** Turns the first error into an ApiError; a sign-in that expired or was refused gets status 401, a refusal 403. */
export function toApiError(errors: GraphQLErrorShape[], token?: string | null): ApiError {
  const error = errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED') ?? errors[0];
  const code = error.extensions?.code;
  const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 200;
  const message =
    code === 'GRAPHQL_VALIDATION_FAILED' || code === 'INTERNAL_SERVER_ERROR' || !/[À-ỹ]/.test(error.message)
      ? `Máy chủ không thực hiện được yêu cầu (${error.message}).`
      : error.message;
  const apiError = new ApiError(message, code, error.extensions?.field, status);
  apiError.token = token;
  return apiError;
}

/** For whole-result queries (sign-in, dashboard): any error refuses the result. */
export async function request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors, token } = await post<T>(query, variables);
  if (errors.length > 0 || !data) throw toApiError(errors.length ? errors : [{ message: 'Không có dữ liệu.' }], token);
  return data;
}
