import { ApiError, session, toApiError, type GraphQLErrorShape } from '../api/graphql';

/** File transfers the JSON client cannot do: a multipart upload to `importDocument` and a .docx download. */

const root = () => import.meta.env.BASE_URL.replace(/admin\/$/, '');
const authHeader = (): Record<string, string> => {
  const token = session.token();
  return token ? { authorization: `Bearer ${token}` } : {};
};

export interface ImportedParticipant {
  role: string;
  name: string;
  note?: string | null;
}
export interface ImportedActivity {
  label: string;
  title: string;
  description?: string | null;
  schedule?: string | null;
  participants: ImportedParticipant[];
  children: ImportedActivity[];
}
export interface ImportedSection {
  label?: string | null;
  heading: string;
  body: string;
  children: ImportedSection[];
}
export interface ImportAnswer {
  kind: 'PLAN' | 'REPORT';
  planId: string | null;
  reportId: string | null;
  dryRun: boolean;
  unmatchedAgencies: string[];
  unplaced: { text: string; reason: string }[];
  preview: {
    title: string;
    symbol?: string | null;
    dateLabel?: string | null;
    draft: boolean;
    preamble?: string | null;
    legalBases: { kind: string; printed: string; symbol?: string | null }[];
    objectives: string[];
    requirements: string[];
    activities: ImportedActivity[];
    responsibilities: { name: string; duties: string[] }[];
    sections: ImportedSection[];
    nextTasks: string[];
    closing?: string | null;
    signature?: { authority: string; position: string; signerName?: string | null } | null;
    recipients: { name: string; purpose: string }[];
  };
}

const ACTIVITY = 'label title description schedule participants { role name note }';
const SECTION = 'label heading body';
const IMPORT = `mutation Import($file: Upload!, $dryRun: Boolean) { importDocument(file: $file, dryRun: $dryRun) {
  kind planId reportId dryRun unmatchedAgencies unplaced { text reason }
  preview { title symbol dateLabel draft preamble legalBases { kind printed symbol } objectives requirements
    activities { ${ACTIVITY} children { ${ACTIVITY} children { ${ACTIVITY} } } }
    responsibilities { name duties } sections { ${SECTION} children { ${SECTION} children { ${SECTION} children { ${SECTION} } } } }
    nextTasks closing signature { authority position signerName } recipients { name purpose } } } }`;

/** Sends a file by the GraphQL multipart request spec; `dryRun` reads it for review without saving anything. */
export async function importFile(file: File, dryRun: boolean): Promise<ImportAnswer> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT, variables: { file: null, dryRun } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${root()}graphql`, { method: 'POST', headers: authHeader(), body: form });
  } catch {
    throw new ApiError('Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.', 'NETWORK', undefined, 0);
  }
  if (response.status === 413) throw new ApiError('Tệp quá lớn (tối đa 10 MB).', 'PAYLOAD_TOO_LARGE', 'file', 413);
  const body = (await response.json()) as { data?: { importDocument: ImportAnswer } | null; errors?: GraphQLErrorShape[] };
  if (body.errors?.length || !body.data) throw toApiError(body.errors ?? [{ message: 'Không nhập được tệp.' }], session.token());
  return body.data.importDocument;
}

/** Downloads `/export/<kind>/<id>.docx` with the signed-in user's token and hands it to the browser as a file. */
export async function downloadDocx(kind: 'plans' | 'reports', id: string): Promise<void> {
  const response = await fetch(`${root()}export/${kind}/${id}.docx`, { headers: authHeader() });
  if (!response.ok) {
    const body = await response.json().catch(() => ({ errors: [{ message: `Không tải được tệp (mã ${response.status}).` }] }));
    throw toApiError(body.errors, session.token());
  }
  const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name ? decodeURIComponent(name) : `${kind}-${id}.docx` });
  link.click();
  URL.revokeObjectURL(url);
}
