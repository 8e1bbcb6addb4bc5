import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  GraphQLID,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';
import { badInput } from './errors';

const ID_TEXT = /^[1-9]\d{0,15}$/;

/** A client-sent id as the integer key it names; anything else is BAD_USER_INPUT naming `field`. */
export function parseId(value: unknown, field: string): number {
  const text = typeof value === 'number' ? String(value) : value;
  const id = typeof text === 'string' && ID_TEXT.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(id))
    throw badInput(field, `"${field}" phải là mã số (số nguyên dương), không phải "${String(value).slice(0, 40)}".`);
  return id;
}

/** Checks every ID inside one argument value: scalar lists are named by the argument, input-object lists by the element. */
function checkIds(type: GraphQLInputType, value: unknown, field: string): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const element = inner.ofType;
    const objects = isInputObjectType(getNullableType(element));
    (Array.isArray(value) ? value : [value]).forEach((item, i) => checkIds(element, item, objects ? `${field}[${i}]` : field));
    return;
  }
  if (inner === GraphQLID) {
    parseId(value, field);
    return;
  }
  if (isInputObjectType(inner)) {
    for (const [name, inputField] of Object.entries(inner.getFields()))
      checkIds(inputField.type, (value as Record<string, unknown>)[name], `${field}.${name}`);
  }
}

const carriesId = (type: GraphQLInputType, seen = new Set<unknown>()): boolean => {
  const inner = getNullableType(type);
  if (isListType(inner)) return carriesId(inner.ofType, seen);
  if (inner === GraphQLID) return true;
  if (!isInputObjectType(inner) || seen.has(inner)) return false;
  seen.add(inner);
  return Object.values(inner.getFields()).some((f) => carriesId(f.type, seen));
};

/**
 * Every field argument of type ID (also inside filters and nested inputs) is checked before any rule or
 * resolver sees it, so a malformed id is a BAD_USER_INPUT naming the argument instead of a NaN reaching SQL.
 * Installed outermost, around the permission layer, whose rules read ids too.
 */
export function validateIdArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checked = field.args.filter((arg: GraphQLArgument) => carriesId(arg.type));
      const resolve = field.resolve;
      if (!checked.length || !resolve) continue;
      field.resolve = (source, args, ctx, info) => {
        for (const arg of checked) checkIds(arg.type, (args as Record<string, unknown>)[arg.name], arg.name);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}
