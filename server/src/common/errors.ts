import { GraphQLError } from 'graphql';

/**
 * Domain errors carry a machine code and the offending field so that a client can put the message
 * next to the right input. Messages are Vietnamese because officials read them.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'TOO_MANY_REQUESTS';

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message, { extensions: { code, ...(field ? { field } : {}) } });
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (field: string, what: string, id: string | number) =>
  new DomainError('NOT_FOUND', `Không tìm thấy ${what} có mã ${id}.`, field);
export const conflict = (field: string, message: string) => new DomainError('CONFLICT', message, field);

/** Refuses the first required field a create call left out (absent, null or empty text). */
export function requireFields<T extends object>(args: T, fields: readonly (keyof T & string)[]): void {
  for (const field of fields) {
    const value = args[field] as unknown;
    if (value === undefined || value === null || value === '') throw badInput(field, `Thiếu trường bắt buộc "${field}".`);
  }
}
