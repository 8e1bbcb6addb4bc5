import { parse, print, type DocumentNode } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE, type DataProvider } from 'react-admin';
import { planLifecycle } from '../lifecycle/api';
import { mutationArgumentTypes } from './generated/schema';
import { ApiError, post, request, toApiError } from './graphql';
import { fromRecord, toMutationArgs } from './inputs';
import { canWrite, permissionStore } from './permissions';
import { ownScopeOnly, render, selections, without } from './selections';
import { reportConflict, VERSIONED, versionOf } from './versions';

type Params = Record<string, any>;
interface BuiltQuery {
  query: DocumentNode;
  variables: Record<string, unknown>;
  parseResponse: (response: { data: Record<string, any> }) => any;
}

/**
 * The transport ra-data-graphql drives: our own fetch instead of Apollo Client, so the bearer token, partial
 * results (a denied field is null, the rest is used) and the API's Vietnamese messages are handled in one place.
 */
const client = {
  async run(document: DocumentNode, variables: Record<string, unknown>) {
    const { data, errors, token } = await post(print(document), variables);
    const root = data && Object.values(data)[0];
    if (errors.length > 0 && (root === null || root === undefined)) {
      const error = toApiError(errors, token);
      if (error.code === 'CONFLICT' && error.field === 'version') reportConflict(error.message);
      throw error;
    }
    return { data };
  },
  query({ query, variables }: { query: DocumentNode; variables: Record<string, unknown> }) {
    return client.run(query, variables);
  },
  mutate({ mutation, variables }: { mutation: DocumentNode; variables: Record<string, unknown> }) {
    return client.run(mutation, variables);
  },
};

const selection = (resource: string, kind: 'list' | 'one', outsideScope = false) => {
  const all = resource in selections ? selections[resource as keyof typeof selections][kind] : { id: 1 };
  const known = outsideScope ? without(all, ownScopeOnly[resource as keyof typeof ownScopeOnly]) : all;
  const rendered = render(VERSIONED.has(resource) ? { ...known, version: 1 } : known, permissionStore.get());
  return rendered ?? '{ id }';
};

/** The list grammar: `allPlans(page, perPage, sortField, sortOrder, filter)` and `_allPlansMeta(filter) { count }`. */
function listQuery(resource: string, params: Params, filter: Record<string, unknown>): BuiltQuery {
  const plural = resource.endsWith('y') ? `${resource.slice(0, -1)}ies` : `${resource}s`;
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const { field, order } = params.sort ?? {};
  const filterType = `${resource}Filter`;
  return {
    query: parse(`query List($page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder, $filter: ${filterType}) {
      items: all${plural}(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) ${selection(resource, 'list')}
      total: _all${plural}Meta(filter: $filter) { count }
    }`),
    variables: {
      page: page - 1,
      perPage,
      sortField: field && field !== 'id' ? field : undefined,
      sortOrder: order === 'DESC' ? 'DESC' : order === 'ASC' ? 'ASC' : undefined,
      filter: cleanFilter(filter),
    },
    parseResponse: ({ data }) => ({ data: data.items ?? [], total: data.total?.count ?? 0 }),
  };
}

/** Empty filter inputs are dropped; a year typed in a text box becomes a number. */
function cleanFilter(filter: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === '' || value === null || value === undefined) continue;
    out[key] = key === 'year' || key === 'fiscalYear' ? Number(value) : value;
  }
  return out;
}

/** Only what the user may write is sent; without myPermissions the API alone decides. */
function writable(resource: string, args: Record<string, unknown>) {
  const permissions = permissionStore.get();
  if (!permissions) return args;
  return Object.fromEntries(Object.entries(args).filter(([name]) => canWrite(permissions, resource, name)));
}

type MutationName = keyof typeof mutationArgumentTypes;

function mutation(resource: string, operation: 'create' | 'update', params: Params): BuiltQuery {
  const args = writable(resource, toMutationArgs(resource, params.data));
  if (operation === 'update') {
    args.id = params.id;
    const version = versionOf(resource, params.previousData);
    if (version !== undefined) args.version = version;
  }
  const names = Object.keys(args);
  const field = `${operation}${resource}` as MutationName;
  // Variables are untyped JSON here; the declaration gives each its type as the schema declares the argument.
  const types: Record<string, string> = mutationArgumentTypes[field];
  const declared = names.map((n) => `$${n}: ${types[n]}`).join(', ');
  const passed = names.map((n) => `${n}: $${n}`).join(', ');
  return {
    query: parse(
      `mutation ${field}${declared ? `(${declared})` : ''} { data: ${field}${passed ? `(${passed})` : ''} ${selection(resource, 'one')} }`,
    ),
    variables: args,
    parseResponse: ({ data }) => ({ data: fromRecord(resource, data.data) }),
  };
}

/**
 * The form input an API field path names: `activities[0].participants[1].agencyId` is the form's
 * `activityTree.0.participants.1.agencyId`, a deadline's `deadlines` the form's `dueDates`.
 */
export function formField(apiField: string): string {
  return apiField
    .replace(/^activities\b/, 'activityTree')
    .replace(/\.deadlines\[/g, '.dueDates[')
    .replace(/\[(\d+)\]/g, '.$1');
}

/**
 * A refusal naming a field is also shown on that field: react-admin puts `body.errors` on the form's inputs
 * (ra-data-graphql hands our ApiError on as the HttpError's body). `root.serverError` keeps the message in the
 * notification when the field is on another tab or not on the form.
 */
function withFieldError(error: unknown): Error {
  const apiError = (error as { body?: unknown })?.body;
  if (!(apiError instanceof ApiError) || !apiError.field) return error as Error;
  Object.assign(apiError, { errors: { [formField(apiError.field)]: apiError.message, root: { serverError: apiError.message } } });
  return error as Error;
}

function buildQuery(fetchType: string, resource: string, params: Params): BuiltQuery {
  switch (fetchType) {
    case GET_LIST:
      return listQuery(resource, params, params.filter);
    case GET_MANY:
      return listQuery(resource, { pagination: { page: 1, perPage: Math.max(params.ids.length, 1) } }, { ids: params.ids });
    case GET_MANY_REFERENCE:
      return listQuery(resource, params, { ...params.filter, [params.target]: params.id });
    case GET_ONE:
      return {
        query: parse(`query One($id: ID!) { data: ${resource}(id: $id) ${selection(resource, 'one', params.meta?.outsideScope)} }`),
        variables: { id: params.id },
        parseResponse: ({ data }) => {
          if (!data.data)
            throw toApiError([{ message: 'Không tìm thấy hoặc bạn không có quyền xem mục này.', extensions: { code: 'NOT_FOUND' } }]);
          return { data: fromRecord(resource, data.data) };
        },
      };
    case CREATE:
    case UPDATE:
      return mutation(resource, fetchType === CREATE ? 'create' : 'update', params);
    case DELETE:
      return VERSIONED.has(resource)
        ? {
            query: parse(`mutation Delete($id: ID!, $version: Int) { data: delete${resource}(id: $id, version: $version) { id } }`),
            variables: { id: params.id, version: versionOf(resource, params.previousData) },
            parseResponse: ({ data }) => ({ data: data.data }),
          }
        : {
            query: parse(`mutation Delete($id: ID!) { data: delete${resource}(id: $id) { id } }`),
            variables: { id: params.id },
            parseResponse: ({ data }) => ({ data: data.data }),
          };
    default:
      throw new Error(`Thao tác ${fetchType} chưa được hỗ trợ.`);
  }
}

const graphqlProvider = buildGraphQLProvider({
  client: client as never,
  introspection: false,
  buildQuery: () => buildQuery,
}) as DataProvider;

const scopeOfUnit = new Map<string, Promise<boolean>>();

/** Whether `unitId` is the signed-in user's unit or below it (asked once per unit and user). */
function inOwnScope(unitId: string): Promise<boolean> {
  const own = permissionStore.get()?.administrativeUnit;
  if (!own || own.level === 'CENTRAL' || own.id === unitId) return Promise.resolve(true);
  const key = `${own.id}:${unitId}`;
  if (!scopeOfUnit.has(key)) {
    scopeOfUnit.set(
      key,
      request<{ meta: { count: number } }>(
        'query InScope($filter: AdministrativeUnitFilter) { meta: _allAdministrativeUnitsMeta(filter: $filter) { count } }',
        { filter: { ids: [unitId], withinUnitId: own.id } },
      ).then((data) => data.meta.count > 0),
    );
  }
  return scopeOfUnit.get(key)!;
}

export const dataProvider: DataProvider = {
  ...graphqlProvider,
  // submitPlan, returnPlan, issuePlan, cancelPlan, copyPlan: the plan's life cycle, one mutation each.
  ...planLifecycle,
  // A record of another unit is read without the fields only its own scope may read (one small query first).
  async getOne(resource, params) {
    const scoped = ownScopeOnly[resource as keyof typeof ownScopeOnly];
    if (!scoped) return graphqlProvider.getOne(resource, params);
    const head = await request<{ data: { administrativeUnitId: string | null } | null }>(
      `query Head($id: ID!) { data: ${resource}(id: $id) { administrativeUnitId } }`,
      { id: params.id },
    ).catch(() => ({ data: null }));
    const outsideScope = head.data?.administrativeUnitId ? !(await inOwnScope(head.data.administrativeUnitId)) : false;
    return graphqlProvider.getOne(resource, { ...params, meta: { ...params.meta, outsideScope } });
  },
  create: (resource, params) => graphqlProvider.create(resource, params).catch((e) => Promise.reject(withFieldError(e))),
  update: (resource, params) => graphqlProvider.update(resource, params).catch((e) => Promise.reject(withFieldError(e))),
  // The API has no bulk deletes: one mutation per selected row, each checked on its own.
  async deleteMany(resource, params) {
    for (const id of params.ids) await graphqlProvider.delete(resource, { id });
    return { data: params.ids };
  },
};
