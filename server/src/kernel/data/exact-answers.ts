/**
 * Root fields answered exactly (see read-compiler.ts) hand their JSON text past graphql-jit: the resolver keeps the
 * text here under the field's response name and returns an empty stand-in, and the executor puts the text in its
 * place, which the response serialiser writes out as it is. Only a request whose executor does that (`expectExact`)
 * gets exact answers; any other caller of the schema gets ordinary values.
 */
const answersByRequest = new WeakMap<object, Map<string, string>>();

/** The executor of this request will put exact answers in place. */
export const expectExact = (ctx: object) => answersByRequest.set(ctx, new Map());

export const takesExact = (ctx: object) => answersByRequest.has(ctx);

export function keepExact(ctx: object, responseName: string, json: string): void {
  answersByRequest.get(ctx)!.set(responseName, json);
}

/** JSON text that is written into the response as it is. */
export class RawJson {
  constructor(readonly json: string) {}
}

/** The data of `result` with each kept answer in place of its stand-in. */
export function putExactInPlace<R extends { data?: Record<string, unknown> | null }>(ctx: object, result: R): R {
  const answers = answersByRequest.get(ctx);
  answersByRequest.delete(ctx);
  if (!answers?.size || !result.data) return result;
  const data = { ...result.data };
  for (const [name, json] of answers) if (name in data) data[name] = new RawJson(json);
  return { ...result, data };
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
