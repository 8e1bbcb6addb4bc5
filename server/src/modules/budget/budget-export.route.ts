import type http from 'node:http';
import { forbidden } from '../../auth/access';
import { hasScope } from '../../auth/principal';
import type { GraphQLError } from 'graphql';
import { sendTable, type Format } from '../../common/tabular';
import type { Context } from '../../context';
import { budgetLinesTable, budgetSummaryTable, filterFromParams, summaryArgs } from './budget-export';

const EXPORT_PATH = /^\/export\/(budget-lines|budget-summary)\.(csv|xlsx)$/;

export const isExportPath = (pathname: string) => EXPORT_PATH.test(pathname);

/**
 * `GET /export/budget-lines.{csv,xlsx}` and `/export/budget-summary.{csv,xlsx}` for tools that do not speak
 * GraphQL: the `BudgetLineFilter` fields as query parameters (plus `groupBy` and `unitLevel` for the summary),
 * the same bearer token, the same row scope and the same rule as `allBudgetLines` / `budgetSummary`.
 * Errors come back as JSON in the GraphQL error shape, with the offending parameter in `extensions.field`.
 */
export async function handleExport(res: http.ServerResponse, url: URL, context: () => Promise<Context>): Promise<void> {
  const [, what, format] = EXPORT_PATH.exec(url.pathname)!;
  try {
    const ctx = await context();
    if (!hasScope(ctx.auth)) throw forbidden('Chỉ người dùng đã đăng nhập hoặc ứng dụng báo cáo mới được xuất số liệu kinh phí.');
    const filter = filterFromParams(url.searchParams);
    if (what === 'budget-lines') return await sendTable(res, format as Format, 'dong-kinh-phi', budgetLinesTable(ctx, filter));
    const { groupBy, unitLevel } = summaryArgs(url.searchParams);
    const { table, excluded } = await budgetSummaryTable(ctx, filter, groupBy, unitLevel);
    await sendTable(res, format as Format, 'tong-hop-kinh-phi', table, { 'x-excluded-line-count': String(excluded) });
  } catch (error) {
    // Domain and sign-in errors carry a code and go back to the caller; anything else is the server's 500.
    const extensions = (error as GraphQLError).extensions as { code?: string; http?: { status: number }; field?: string } | undefined;
    if (!extensions?.code || res.headersSent) throw error;
    const status = extensions.http?.status ?? (extensions.code === 'FORBIDDEN' ? 403 : 400);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(
      JSON.stringify({
        errors: [
          {
            message: (error as Error).message,
            extensions: { code: extensions.code, ...(extensions.field ? { field: extensions.field } : {}) },
          },
        ],
      }),
    );
  }
}
