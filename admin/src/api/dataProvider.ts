import { parse, print, type DocumentNode } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE, type DataProvider } from 'react-admin';
import { planLifecycle } from '../lifecycle/api';
import { post, toApiError } from './graphql';
import { fromRecord, toMutationArgs } from './inputs';
import { canWrite, permissionStore } from './permissions';
import { render, selections } from './selections';
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

const selection = (resource: string, kind: 'list' | 'one') => {
  const fields = selections[resource]?.[kind] ?? { id: 1 };
  const rendered = render(VERSIONED.has(resource) ? { ...fields, version: 1 } : fields, permissionStore.get());
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

function mutation(resource: string, operation: 'create' | 'update', params: Params): BuiltQuery {
  const args = writable(resource, toMutationArgs(resource, params.data));
  if (operation === 'update') {
    args.id = params.id;
    const version = versionOf(resource, params.previousData);
    if (version !== undefined) args.version = version;
  }
  const names = Object.keys(args);
  // Variables are untyped JSON here; GraphQL checks them against the argument types named in the declaration.
  const declared = names.map((n) => `$${n}: ${ENUM_ARGS[resource]?.[n] ?? ARG_TYPES[n] ?? 'String'}`).join(', ');
  const passed = names.map((n) => `${n}: $${n}`).join(', ');
  const field = `${operation}${resource}`;
  return {
    query: parse(`mutation ${field}${declared ? `(${declared})` : ''} { data: ${field}${passed ? `(${passed})` : ''} ${selection(resource, 'one')} }`),
    variables: args,
    parseResponse: ({ data }) => ({ data: fromRecord(resource, data.data) }),
  };
}

/** The GraphQL type of every mutation argument the console sends (the same names on every resource). */
const ARG_TYPES: Record<string, string> = {
  id: 'ID!', version: 'Int', administrativeUnitId: 'ID', issuingAgencyId: 'ID', parentPlanId: 'ID', issuerId: 'ID', parentId: 'ID',
  respondsToId: 'ID', obligationId: 'ID', planId: 'ID', startYear: 'Int', endYear: 'Int', fiscalYear: 'Int', disabled: 'Boolean',
  issuedOn: 'Date', periodStart: 'Date', periodEnd: 'Date', validFrom: 'Date', validTo: 'Date',
  objectives: '[String!]', requirements: '[String!]', nextTasks: '[String!]', roles: '[Role!]',
  activities: '[ActivityInput!]', legalBases: '[LegalBasisInput!]', budgetLines: '[PlanBudgetLineInput!]',
  spendingLines: '[PlanBudgetLineInput!]', responsibilities: '[ResponsibilityInput!]',
  reportingRequirements: '[ReportingRequirementInput!]', recipients: '[RecipientInput!]', signature: 'SignatureInput',
  results: '[ReportResultInput!]', metrics: '[ReportMetricInput!]', sections: '[ReportSectionInput!]',
  plannedAmount: 'Money', allocatedAmount: 'Money', spentAmount: 'Money', spending: 'Money',
  documentType: 'DocumentType', source: 'BudgetSource', level: 'UnitLevel',
};

/** Enum-typed arguments whose enum differs per resource. */
const ENUM_ARGS: Record<string, Record<string, string>> = {
  Plan: { status: 'PlanStatus' },
  Report: { status: 'ReportStatus', kind: 'ReportKind' },
  Agency: { kind: 'AgencyKind' },
  AdministrativeUnit: { kind: 'UnitKind' },
};

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
        query: parse(`query One($id: ID!) { data: ${resource}(id: $id) ${selection(resource, 'one')} }`),
        variables: { id: params.id },
        parseResponse: ({ data }) => {
          if (!data.data) throw toApiError([{ message: 'Không tìm thấy hoặc bạn không có quyền xem mục này.', extensions: { code: 'NOT_FOUND' } }]);
          return { data: fromRecord(resource, data.data) };
        },
      };
    case CREATE:
    case UPDATE:
      return mutation(resource, fetchType === CREATE ? 'create' : 'update', params);
    case DELETE:
      return VERSIONED.has(resource) ? {
        query: parse(`mutation Delete($id: ID!, $version: Int) { data: delete${resource}(id: $id, version: $version) { id } }`),
        variables: { id: params.id, version: versionOf(resource, params.previousData) },
        parseResponse: ({ data }) => ({ data: data.data }),
      } : {
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

export const dataProvider: DataProvider = {
  ...graphqlProvider,
  // submitPlan, returnPlan, issuePlan, cancelPlan, copyPlan: the plan's life cycle, one mutation each.
  ...planLifecycle,
  // The API has no bulk deletes: one mutation per selected row, each checked on its own.
  async deleteMany(resource, params) {
    for (const id of params.ids) await graphqlProvider.delete(resource, { id });
    return { data: params.ids };
  },
};
