import { GraphQLError } from 'graphql';
import { forbidden } from '../../auth/access';
import { DENIED_JSON, DENIED_KEY } from './read-compiler';

/**
 * Root fields answered exactly (see read-compiler.ts) hand their JSON text past graphql-jit: the resolver keeps the
 * text here under the field's response name and returns an empty stand-in, and the executor puts the text in its
 * place, which the response serialiser writes out as it is. Only a request whose executor does that (`expectExact`)
 * gets exact answers; any other caller of the schema gets ordinary values.
 */

/** An answer as PostgreSQL wrote it, or (where a row's rule refused a field) parsed, with those fields' errors. */
export type ExactAnswer = string | { value: unknown; errors: GraphQLError[] };

const answersByRequest = new WeakMap<object, Map<string, ExactAnswer>>();

/** The executor of this request will put exact answers in place. */
export const expectExact = (ctx: object) => answersByRequest.set(ctx, new Map());

export const takesExact = (ctx: object) => answersByRequest.has(ctx);

/**
 * Keeps the answer of the root field `responseName`: the text as it is, unless it holds refusal marks (see
 * read-compiler.ts), which become null with a FORBIDDEN error at their path, as graphql-jit would report them.
 */
export function keepExact(ctx: object, responseName: string, json: string): void {
  answersByRequest.get(ctx)!.set(responseName, json.includes(DENIED_JSON) ? withRefusals(responseName, json) : json);
}

function withRefusals(responseName: string, json: string): ExactAnswer {
  const errors: GraphQLError[] = [];
  const visit = (value: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => visit(item, [...path, i]));
    if (value === null || typeof value !== 'object') return value;
    if (DENIED_KEY in value) {
      const refusal = forbidden();
      errors.push(new GraphQLError(refusal.message, { path, extensions: refusal.extensions }));
      return null;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, [...path, k])]));
  };
  return { value: visit(JSON.parse(json), [responseName]), errors };
}

/** JSON text that is written into the response as it is. */
export class RawJson {
  constructor(readonly json: string) {}
}

/** The data of `result` with each kept answer in place of its stand-in. */
export function putExactInPlace<R extends { data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] }>(
  ctx: object,
  result: R,
): R {
  const answers = answersByRequest.get(ctx);
  answersByRequest.delete(ctx);
  if (!answers?.size || !result.data) return result;
  const data = { ...result.data };
  const errors = [...(result.errors ?? [])];
  for (const [name, answer] of answers) {
    if (!(name in data)) continue;
    if (typeof answer === 'string') data[name] = new RawJson(answer);
    else {
      data[name] = answer.value;
      errors.push(...answer.errors);
    }
  }
  return { ...result, data, ...(errors.length ? { errors } : {}) };
}

/** The HTTP body of a GraphQL result whose data may hold exact answers (Apollo's own form otherwise). */
export function stringifyResult(result: { data?: Record<string, unknown> | null; errors?: unknown; extensions?: unknown }): string {
  const data = result.data;
  if (!data || !Object.values(data).some((v) => v instanceof RawJson)) return `${JSON.stringify(result)}\n`;
  const fields = Object.entries(data).map(([k, v]) => `${JSON.stringify(k)}:${v instanceof RawJson ? v.json : JSON.stringify(v)}`);
  const parts = [
    result.errors === undefined ? '' : `"errors":${JSON.stringify(result.errors)},`,
    `"data":{${fields.join(',')}}`,
    result.extensions === undefined ? '' : `,"extensions":${JSON.stringify(result.extensions)}`,
  ];
  return `{${parts.join('')}}\n`;
}
