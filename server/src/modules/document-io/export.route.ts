import type http from 'node:http';
import type { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import { planFacts, reportFacts } from './stored-facts';
import { writeDocx } from './write-docx';

const EXPORT_PATH = /^\/export\/(plans|reports)\/(\d{1,9})\.docx$/;

/** A file name officials recognise: the kind, the number-symbol when there is one, else the id. */
const fileName = (kind: string, symbol: string | undefined | null, id: number) =>
  `${kind}-${(symbol ?? `so-${id}`).replace(/[^\p{L}\p{N}-]+/gu, '-')}.docx`;

/**
 * The handler behind `GET /export/plans/<id>.docx` and `/export/reports/<id>.docx`: the caller's context and the id
 * in, the file out. It reads through the same row scope and field rules as the API, so the public gets issued plans
 * only and a row the caller may not read is NOT_FOUND. Kept free of the HTTP server so it ports to any router.
 */
export async function exportDocument(ctx: Context, kind: 'plans' | 'reports', id: number): Promise<{ filename: string; buffer: Buffer }> {
  if (kind === 'plans') {
    const { facts, plan } = await planFacts(ctx, id);
    return { filename: fileName('ke-hoach', plan.symbol, id), buffer: await writeDocx(facts) };
  }
  const { facts, report } = await reportFacts(ctx, id);
  return { filename: fileName('bao-cao', report.symbol, id), buffer: await writeDocx(facts) };
}

/** The route: errors in the GraphQL error shape, 404 for NOT_FOUND. */
export async function handleDocumentExport(res: http.ServerResponse, url: URL, context: () => Promise<Context>): Promise<void> {
  const match = EXPORT_PATH.exec(url.pathname);
  if (!match) {
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: 'Không tìm thấy.' }));
    return;
  }
  const [, kind, id] = match;
  try {
    const { filename, buffer } = await exportDocument(await context(), kind as 'plans' | 'reports', Number(id));
    res
      .writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'content-length': String(buffer.length),
      })
      .end(buffer);
  } catch (error) {
    const code = ((error as GraphQLError).extensions as { code?: string } | undefined)?.code;
    if (!code || res.headersSent) throw error;
    const status = code === 'NOT_FOUND' ? 404 : code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 400;
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      .end(JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code } }] }));
  }
}
